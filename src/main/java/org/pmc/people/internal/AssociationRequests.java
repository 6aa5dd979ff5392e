package org.pmc.people.internal;

import java.time.Clock;
import java.util.UUID;
import org.pmc.notification.SignUpMails;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.people.PersonView;
import org.pmc.people.internal.AssociationRequest;
import org.pmc.people.internal.AssociationRequestMails;
import org.pmc.web.InvalidField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-PPL-3, R-PPL-7, R-PPL-8: a public association request names the organization by its partner number and
 * reserves nothing until its owner clicks the link in the confirmation mail. The request answers the same
 * whatever the address; which mail goes is decided in a job ({@link AssociationRequestMails}). The click
 * makes the person REQUESTING and starts their {@code individual-association} process.
 */
@Service
public class AssociationRequests {

  private static final Logger log = LoggerFactory.getLogger(AssociationRequests.class);

  static final String UNKNOWN_PARTNER = "is not the number of a partner in the program";

  private final PendingAssociationRequests pending;
  private final OrganizationService organizations;
  private final Invitations invitations;
  private final SignUpMails mails;
  private final Clock clock;

  AssociationRequests(PendingAssociationRequests pending, OrganizationService organizations,
      Invitations invitations, SignUpMails mails, Clock clock) {
    this.pending = pending;
    this.organizations = organizations;
    this.invitations = invitations;
    this.mails = mails;
    this.clock = clock;
  }

  /**
   * The same work for every address. An unknown partner number or a location not of that partner is refused
   * naming the field: that tells nothing about addresses. The request commits with the instance that mails it
   * (its job decides which mail goes). The pending request's id.
   */
  @Transactional
  public UUID request(AssociationRequest request) {
    OrganizationView organization = organizations.byPartnerNumber(request.partnerNumber())
        .orElseThrow(() -> new InvalidField("partnerNumber", UNKNOWN_PARTNER));
    organizations.activeLocation(organization.id(), request.locationId(), "locationId");
    UUID id = pending.save(new PendingAssociationRequest(organization.id(), request, clock.instant())).getId();
    mails.start(AssociationRequestMails.LINK_PURPOSE, id);
    log.info("Association request {} to organization {} waits for its confirmation link", id, organization.id());
    return id;
  }

  /** The request behind a link, while it is open (not confirmed, not lapsed). */
  @Transactional(readOnly = true)
  public PendingAssociationRequest open(UUID id) {
    return pending.open(id, clock.instant());
  }

  /** The click: the person REQUESTING, their process started (R-PPL-5 refuses an address taken meanwhile). */
  @Transactional
  public PersonView confirm(UUID id) {
    return invitations.requestAssociation(pending.confirm(id, clock.instant()));
  }
}
