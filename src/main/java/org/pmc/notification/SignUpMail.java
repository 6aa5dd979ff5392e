package org.pmc.notification;

import java.util.Locale;
import java.util.UUID;

/**
 * R-PPL-7: the one mail a public sign-up request sends: its confirmation link when the address is free, or to
 * the owner of a taken one "you already have an account". Each kind of request (registration, association
 * request) has one, in its own capability; {@link SignUpMails} sends it from a job of {@code sign-up-mail}.
 */
public interface SignUpMail {

  /** The kind of request, as {@link SignUpMails#start} names it. */
  String kind();

  /**
   * Decides and sends the mail of this request; nothing when the request is gone. {@code language} is the language
   * of the page the request was made on: the requester is nobody we know yet, so a mail to them is in it.
   */
  void send(UUID requestId, Locale language);
}
