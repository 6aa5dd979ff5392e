package org.pmc.people.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pmc.notification.Mail;
import org.pmc.notification.NotificationProperties;
import org.pmc.notification.OutgoingMail;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.people.internal.Individual;
import org.pmc.people.internal.IndividualStatus;
import org.pmc.people.internal.Individuals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-PPL-3: one mail to each admin who may approve a new request (the organization's global admins and
 * the location admins of its location or of a location above it, R-ROLE-4), linking to People Requesting
 * Association. Volume bound: the first {@value #DAILY_MAILS} requests an organization gets a UTC day are mailed;
 * the last of them says so, and later requests that day are only on the page (a flood of requests, each needing
 * a confirmed address, never becomes a flood of mails). At most {@value #MAX_RECIPIENTS} admins are mailed.
 */
@Service
class RequestNoticeMails {

  static final int DAILY_MAILS = 10;
  static final int MAX_RECIPIENTS = 50;
  static final Mail.Subject SUBJECT = Mail.Subject.of("mail.associationRequested.subject");

  private static final Logger log = LoggerFactory.getLogger(RequestNoticeMails.class);

  private final Individuals individuals;
  private final OrganizationService organizations;
  private final JdbcClient jdbc;
  private final OutgoingMail mail;
  private final String requestsUrl;

  RequestNoticeMails(Individuals individuals, OrganizationService organizations, JdbcClient jdbc, OutgoingMail mail,
      NotificationProperties properties) {
    this.individuals = individuals;
    this.organizations = organizations;
    this.jdbc = jdbc;
    this.mail = mail;
    this.requestsUrl = properties.publicUrl().replaceAll("/+$", "") + "/portal/people/requests";
  }

  @Transactional(readOnly = true)
  public void send(UUID individualId) {
    Individual person = individuals.findById(individualId).orElse(null);
    if (person == null || person.getStatus() != IndividualStatus.REQUESTING) {
      return; // decided or gone before the job ran: nothing waits any more
    }
    int rank = rankToday(individualId);
    if (rank > DAILY_MAILS) {
      log.info("Association request {}: request {} of organization {} today, admins not mailed", individualId,
          rank, person.getOrganizationId());
      return;
    }
    Map<String, Object> model = model(person);
    model.put("lastToday", rank == DAILY_MAILS);
    recipients(person).forEach(admin -> mail.send(new Mail(admin, SUBJECT, "association-requested", model)));
  }

  private Map<String, Object> model(Individual person) {
    OrganizationView organization = organizations.organization(person.getOrganizationId());
    String name = person.getFirstName() + " " + person.getLastName();
    String locationName = organizations.location(organization.id(), person.getLocationId()).name();
    Map<String, Object> model = new HashMap<>();
    model.put("personName", name);
    model.put("personEmail", person.getEmail());
    model.put("locationName", locationName);
    model.put("quotedPerson", Mail.quoted(name + " <" + person.getEmail() + ">")); // its location line: the template's
    model.put("requestsUrl", requestsUrl);
    model.put("dailyMails", DAILY_MAILS);
    model.put("partnerNumber", organization.partnerNumber()); // R-PPL-8: in every mail to the partner
    return model;
  }

  /** Which request of its organization this one is on the UTC day it was confirmed (1 for the first). */
  private int rankToday(UUID individualId) {
    return jdbc.sql("""
        select count(*) from individual r join individual p on r.organization_id = p.organization_id
        where p.id = ? and r.invite_method = 'REQUEST' and r.created_at <= p.created_at
          and r.created_at >= date_trunc('day', p.created_at at time zone 'UTC') at time zone 'UTC'""")
        .param(individualId).query(Integer.class).single();
  }

  /** The associated admins who may approve at the person's location. */
  private List<String> recipients(Individual person) {
    return jdbc.sql("""
        select i.email from individual i
        where i.organization_id = :organization and i.status = 'ASSOCIATED'
          and (i.role = 'GLOBAL_ADMIN' or i.role = 'LOCATION_ADMIN' and exists (
            select 1 from admin_location a where a.individual_id = i.id and a.location_id in (:locations)))
        order by i.email limit :max""")
        .param("organization", person.getOrganizationId())
        .param("locations", organizations.pathToRoot(person.getOrganizationId(), person.getLocationId()))
        .param("max", MAX_RECIPIENTS)
        .query(String.class).list();
  }
}
