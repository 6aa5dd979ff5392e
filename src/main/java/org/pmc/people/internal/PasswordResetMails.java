package org.pmc.people.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.pmc.notification.Mail;
import org.pmc.notification.OutgoingMail;
import org.pmc.notification.SignUpMail;
import org.pmc.notification.SignedLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The reset mail, from a job of {@code sign-up-mail} like the sign-up mails: only to an address an
 * associated person signs in with, and at most {@value #MAX_PER_HOUR} an hour to one address, so that nobody
 * floods a person's mailbox through the public form. Other requests send nothing.
 */
@Service
class PasswordResetMails implements SignUpMail {

  static final String KIND = "password-reset";
  static final int MAX_PER_HOUR = 3;

  private static final Logger log = LoggerFactory.getLogger(PasswordResetMails.class);

  private final PasswordResetRequests requests;
  private final Individuals individuals;
  private final SignedLinks links;
  private final OutgoingMail mail;

  PasswordResetMails(PasswordResetRequests requests, Individuals individuals, SignedLinks links, OutgoingMail mail) {
    this.requests = requests;
    this.individuals = individuals;
    this.links = links;
    this.mail = mail;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public void send(UUID requestId, Locale pageLanguage) { // the person reads their own language
    PasswordReset reset = requests.findById(requestId).orElse(null);
    Individual person = reset == null ? null : individuals.signingInWith(reset.getEmail()).orElse(null);
    if (person == null) {
      return;
    }
    // This request and those of the hour before it.
    if (requests.countByEmailAndRequestedAtAfter(reset.getEmail(), reset.getRequestedAt().minus(Duration.ofHours(1)))
        > MAX_PER_HOUR) {
      log.warn("Password reset {} not mailed: more than {} asked for the address within the hour", requestId,
          MAX_PER_HOUR);
      return;
    }
    mail.send(new Mail(person.getEmail(), Mail.Subject.of("mail.passwordReset.subject"), "password-reset",
        Map.of("firstName", person.getFirstName() == null ? "" : person.getFirstName(),
            "minutes", PasswordReset.VALIDITY.toMinutes(),
            "link", links.url("/reset", KIND, requestId, reset.getExpiresAt()))));
  }
}
