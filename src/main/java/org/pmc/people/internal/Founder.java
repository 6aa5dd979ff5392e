package org.pmc.people.internal;

/**
 * The first global admin of an organization about to be created, the password already hashed: a registration
 * waits for its confirmation link with this (R-PPL-7), never with the password itself.
 */
public record Founder(String firstName, String lastName, String email, String passwordHash) {

  @Override
  public String toString() {
    return "Founder[" + email + "]";
  }
}
