package org.pmc.people.internal;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.pmc.notification.Mail;
import org.pmc.notification.OutgoingMail;
import org.pmc.notification.PendingConfirmation;
import org.pmc.notification.SignUpMail;
import org.pmc.notification.SignedLinks;
import org.pmc.people.internal.AccountMails;
import org.pmc.people.internal.PendingRegistration;
import org.pmc.people.internal.PendingRegistrations;
import org.springframework.stereotype.Service;

/**
 * R-PPL-7: the one mail a registration sends, from a job of {@code sign-up-mail}: the confirmation link to a free
 * address, or to the owner of a taken one "you already have an account".
 */
@Service
public class RegistrationMails implements SignUpMail {

  public static final String LINK_PURPOSE = "registration";

  private final PendingRegistrations pending;
  private final AccountMails accounts;
  private final SignedLinks links;
  private final OutgoingMail mail;

  RegistrationMails(PendingRegistrations pending, AccountMails accounts, SignedLinks links, OutgoingMail mail) {
    this.pending = pending;
    this.accounts = accounts;
    this.links = links;
    this.mail = mail;
  }

  @Override
  public String kind() {
    return LINK_PURPOSE;
  }

  @Override
  public void send(UUID registrationId, Locale language) {
    PendingRegistration registration = pending.findById(registrationId).orElse(null);
    if (registration == null || accounts.tellOwner(registration.getEmail())) {
      return;
    }
    // The subject is ours alone: the organization's name is the stranger's text (issue 14).
    mail.send(new Mail(registration.getEmail(), Mail.Subject.of("mail.registration.subject"),
        "registration-confirmation", Map.of(
            "firstName", registration.getFirstName(),
            "organizationName", registration.getName(),
            "country", registration.getCountry(),
            "days", PendingConfirmation.VALIDITY.toDays(),
            "link", links.url("/confirm", LINK_PURPOSE, registrationId, registration.getExpiresAt()))).in(language));
  }
}
