package org.pmc.reference.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.pmc.notification.Mail;
import org.pmc.notification.NotificationProperties;
import org.pmc.notification.OutgoingMail;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.people.PeopleService;
import org.pmc.people.PersonView;
import org.pmc.reference.internal.CustomerAnswers;
import org.pmc.reference.internal.CustomerReference;
import org.pmc.reference.internal.CustomerReferences;
import org.pmc.reference.internal.PartnerNotice;
import org.pmc.web.Languages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The emails of the customer-reference process: to the customer contact, and to the partner. */
@Service
public class ReferenceMails {

  /** Issue 14 (3): fixed; the partner's name and text are quoted in the body only. */
  static final Mail.Subject REQUEST_SUBJECT = Mail.Subject.of("mail.referenceRequest.subject");
  static final Mail.Subject REMINDER_SUBJECT = Mail.Subject.of("mail.referenceRequest.subject.reminder");

  private final CustomerReferences references;
  private final CustomerAnswers answers;
  private final OrganizationService organizations;
  private final PeopleService people;
  private final OutgoingMail mail;
  private final String portalUrl;

  ReferenceMails(CustomerReferences references, CustomerAnswers answers, OrganizationService organizations,
      PeopleService people, OutgoingMail mail, NotificationProperties properties) {
    this.references = references;
    this.answers = answers;
    this.organizations = organizations;
    this.people = people;
    this.mail = mail;
    this.portalUrl = properties.publicUrl().replaceAll("/+$", "") + "/portal/references";
  }

  /**
   * R-REF-2: the request to the customer contact, with the signed link; {@code reminder} 1 and 2 are the
   * reminders of R-REF-5. Nothing is sent once the request has ended.
   */
  @Transactional(readOnly = true)
  public void sendConfirmationRequest(UUID referenceId, int reminder) {
    CustomerReference reference = references.findById(referenceId).orElseThrow();
    if (!reference.awaitingCustomer()) {
      return;
    }
    Map<String, Object> model = model(reference);
    model.put("link", answers.link(reference));
    model.put("reminder", reminder);
    // Issue 14 (3): what the partner wrote is quoted in the body; the subject is ours alone.
    // Its labels (Partner:, Customer:, Contact:) are the template's, in the customer's language.
    model.put("quotedDescription", Mail.quoted(reference.getDescription()));
    // The customer reads the request, and its reminders, in the language the partner chose for the contact.
    mail.send(new Mail(reference.getContactEmail(), reminder > 0 ? REMINDER_SUBJECT : REQUEST_SUBJECT,
        "reference-request", model).in(Languages.orDefault(reference.getContactLanguage())));
  }

  /** R-REF-5: the partner who created the reference hears of each outcome. */
  @Transactional(readOnly = true)
  public void notifyPartner(UUID referenceId, PartnerNotice notice) {
    CustomerReference reference = references.findById(referenceId).orElseThrow();
    PersonView author = people.person(reference.getCreatedBy());
    Map<String, Object> model = model(reference);
    model.put("notice", notice.name());
    model.put("recipientName", author.firstName());
    model.put("portalUrl", portalUrl);
    mail.send(new Mail(author.email(), notice.subject(reference.getCustomerCompany()), "reference-notice", model));
  }

  private Map<String, Object> model(CustomerReference reference) {
    LocationView location = organizations.location(reference.getOrganizationId(),
        reference.getLocationId());
    Map<String, Object> model = new HashMap<>();
    OrganizationView organization = organizations.organization(reference.getOrganizationId());
    model.put("partnerName", organization.name());
    model.put("partnerNumber", organization.partnerNumber()); // R-PPL-8
    model.put("locationName", location.name());
    model.put("reference", ReferenceView.of(reference));
    model.put("competencyName", reference.getCompetency().title());
    return model;
  }
}
