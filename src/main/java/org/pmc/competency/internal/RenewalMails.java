package org.pmc.competency.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pmc.competency.CompetencyStanding;
import org.pmc.competency.CompetencySummary;
import org.pmc.notification.Mail;
import org.pmc.notification.NotificationProperties;
import org.pmc.notification.OutgoingMail;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.people.PeopleService;
import org.springframework.stereotype.Service;

/** Renewal mails to the organization's contacts, with the competencies in danger of lapsing (R-COMP-4). */
@Service
public class RenewalMails {

  private final OrganizationService organizations;
  private final PeopleService people;
  private final CompetencyStanding standing;
  private final OutgoingMail mail;
  private final String portalUrl;

  RenewalMails(OrganizationService organizations, PeopleService people, CompetencyStanding standing,
      OutgoingMail mail, NotificationProperties properties) {
    this.organizations = organizations;
    this.people = people;
    this.standing = standing;
    this.mail = mail;
    this.portalUrl = properties.publicUrl().replaceAll("/+$", "") + "/portal";
  }

  public void send(UUID organizationId, RenewalNotice notice) {
    OrganizationView organization = organizations.organization(organizationId);
    List<CompetencySummary> atRisk = standing.summary(organizationId, Optional.empty()).stream()
        .filter(CompetencySummary::atRisk).toList();
    Map<String, Object> model = new HashMap<>();
    model.put("organization", organization);
    model.put("partnerNumber", organization.partnerNumber()); // R-PPL-8
    model.put("notice", notice.name());
    model.put("atRisk", atRisk.stream().map(summary -> summary.competency().title()).distinct().toList());
    model.put("portalUrl", portalUrl);
    for (String recipient : people.membershipRecipients(organizationId, organization.hqLocationId())) {
      // The organization's name has always ended the subject; it stays there as the subject's argument.
      mail.send(new Mail(recipient, Mail.Subject.of("mail.renewal-notice.subject." + notice.name(),
          organization.name()), "renewal-notice", model));
    }
  }
}
