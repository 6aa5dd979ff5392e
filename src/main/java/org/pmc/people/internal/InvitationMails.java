package org.pmc.people.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.pmc.notification.Mail;
import org.pmc.notification.OutgoingMail;
import org.pmc.notification.SignedLinks;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.people.internal.Individual;
import org.pmc.people.internal.IndividualStatus;
import org.pmc.people.internal.Individuals;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The emails of the individual-association process (R-PPL-1..4). */
@Service
public class InvitationMails {

  static final String LINK_PURPOSE = "invitation";
  /**
   * An invitation link works for 30 days; a resent invitation (or the reminder) carries a fresh one, and only the
   * latest mail's link works (decided; issue 13).
   */
  static final Duration LINK_VALIDITY = Duration.ofDays(30);

  /** Issue 14 (3): fixed subjects (bundle keys); the organization's chosen name is quoted in the body only. */
  static final Mail.Subject INVITATION_SUBJECT = Mail.Subject.of("mail.invitation.subject");
  static final Mail.Subject REMINDER_SUBJECT = Mail.Subject.of("mail.invitation.subject.reminder");
  static final Mail.Subject REJECTION_SUBJECT = Mail.Subject.of("mail.associationRejected.subject");

  private final Individuals individuals;
  private final OrganizationService organizations;
  private final SignedLinks links;
  private final OutgoingMail mail;
  private final Clock clock;

  InvitationMails(Individuals individuals, OrganizationService organizations, SignedLinks links,
      OutgoingMail mail, Clock clock) {
    this.individuals = individuals;
    this.organizations = organizations;
    this.links = links;
    this.mail = mail;
    this.clock = clock;
  }

  /** The invitation (or, with {@code reminder}, its reminder) with a link to complete the profile. */
  @Transactional
  public void sendInvitation(UUID individualId, boolean reminder) {
    Individual person = individuals.findById(individualId).orElseThrow();
    if (!person.awaitsProfile()) {
      return;
    }
    Instant now = clock.instant();
    if (person.isHeldElsewhere()) {
      if (individuals.isHeld(person.getEmail())) {
        tellOwner(person, reminder, now);
        return;
      }
      person.addressFreed();
    }
    Map<String, Object> model = model(person);
    model.put("link", links.url("/i", LINK_PURPOSE, person.invitationSent(now), now.plus(LINK_VALIDITY)));
    model.put("reminder", reminder);
    model.put("needsApproval", person.getStatus() == IndividualStatus.INVITED);
    mail.send(new Mail(person.getEmail(), reminder ? REMINDER_SUBJECT : INVITATION_SUBJECT, "invitation", model));
  }

  /**
   * R-PPL-7: the address belongs to another organization: its owner hears of the invitation, with no link and
   * no reminder, and the inviting organization sees it sent like any other. The inviter's chosen name is quoted
   * in the body, never put in the subject.
   */
  private void tellOwner(Individual person, boolean reminder, Instant now) {
    person.invitationSent(now);
    if (!reminder) {
      mail.send(new Mail(person.getEmail(), Mail.Subject.of("mail.heldElsewhere.subject"),
          "invitation-held-elsewhere", model(person)));
    }
  }

  /** R-PPL-3: the person hears that their request (or accepted invitation) was not approved. */
  @Transactional(readOnly = true)
  public void sendRejection(UUID individualId) {
    Individual person = individuals.findById(individualId).orElseThrow();
    Map<String, Object> model = model(person);
    mail.send(new Mail(person.getEmail(), REJECTION_SUBJECT, "association-rejected", model));
  }

  private Map<String, Object> model(Individual person) {
    Map<String, Object> model = new HashMap<>();
    OrganizationView organization = organizations.organization(person.getOrganizationId());
    String locationName = organizations.location(person.getOrganizationId(), person.getLocationId()).name();
    model.put("organizationName", organization.name());
    model.put("partnerNumber", organization.partnerNumber()); // R-PPL-8: in every mail to the partner
    model.put("locationName", locationName);
    model.put("quotedOrganizationName", Mail.quoted(organization.name())); // its label line is the template's
    return model;
  }
}
