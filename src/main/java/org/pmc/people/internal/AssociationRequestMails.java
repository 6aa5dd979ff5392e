package org.pmc.people.internal;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.pmc.notification.Mail;
import org.pmc.notification.OutgoingMail;
import org.pmc.notification.PendingConfirmation;
import org.pmc.notification.SignUpMail;
import org.pmc.notification.SignedLinks;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.people.internal.AccountMails;
import org.springframework.stereotype.Service;

/**
 * R-PPL-7: the one mail an association request sends, from a job of {@code sign-up-mail}: the confirmation link
 * to a free address, or to the owner of a taken one "you already have an account" (or "under way").
 */
@Service
class AssociationRequestMails implements SignUpMail {

  static final String LINK_PURPOSE = "association-request";

  private final PendingAssociationRequests pending;
  private final OrganizationService organizations;
  private final AccountMails accounts;
  private final SignedLinks links;
  private final OutgoingMail mail;

  AssociationRequestMails(PendingAssociationRequests pending, OrganizationService organizations,
      AccountMails accounts, SignedLinks links, OutgoingMail mail) {
    this.pending = pending;
    this.organizations = organizations;
    this.accounts = accounts;
    this.links = links;
    this.mail = mail;
  }

  @Override
  public String kind() {
    return LINK_PURPOSE;
  }

  @Override
  public void send(UUID requestId, Locale language) {
    PendingAssociationRequest request = pending.findById(requestId).orElse(null);
    if (request == null || accounts.tellOwner(request.getEmail())) {
      return;
    }
    OrganizationView organization = organizations.organization(request.getOrganizationId());
    mail.send(new Mail(request.getEmail(), Mail.Subject.of("mail.associationConfirmation.subject"),
        "association-confirmation", Map.of(
            "firstName", request.getFirstName(),
            "organizationName", organization.name(),
            "partnerNumber", organization.partnerNumber(),
            "locationName", organizations.location(organization.id(), request.getLocationId()).name(),
            "days", PendingConfirmation.VALIDITY.toDays(),
            "link", links.url("/join", LINK_PURPOSE, requestId, request.getExpiresAt()))).in(language));
  }
}
