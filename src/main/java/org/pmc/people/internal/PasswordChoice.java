package org.pmc.people.internal;

import org.pmc.people.internal.AcceptablePassword;
/** A command in which someone chooses a password for their own address ({@link AcceptablePassword}). */
public interface PasswordChoice {

  String email();

  String password();
}
