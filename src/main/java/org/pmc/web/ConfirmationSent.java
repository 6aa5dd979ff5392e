package org.pmc.web;

/**
 * R-PPL-7: the answer to a public sign-up (a registration, an association request), the same whatever the
 * address: what happens next is told only to the address's owner, by mail.
 */
public record ConfirmationSent(String status) {

  public static final ConfirmationSent ANSWER = new ConfirmationSent("CONFIRMATION_SENT");
}
