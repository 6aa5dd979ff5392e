package org.pmc.people;

import org.pmc.people.AcceptablePassword;
/** A command in which someone chooses a password for their own address ({@link AcceptablePassword}). */
public interface PasswordChoice {

  String email();

  String password();
}
