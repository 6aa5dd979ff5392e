package org.pmc.support.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.pmc.notification.Mail;
import org.pmc.notification.NotificationProperties;
import org.pmc.notification.OutgoingMail;
import org.pmc.organization.OrganizationService;
import org.pmc.people.PeopleService;
import org.pmc.people.PersonView;
import org.pmc.support.internal.SupportTicket;
import org.pmc.support.internal.SupportTickets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The emails of the support-ticket process: the partner hears of an answer and of each escalation. */
@Service
class TicketMails {

  private final SupportTickets tickets;
  private final OrganizationService organizations;
  private final PeopleService people;
  private final OutgoingMail mail;
  private final String portalUrl;

  TicketMails(SupportTickets tickets, PeopleService people, OrganizationService organizations, OutgoingMail mail,
      NotificationProperties properties) {
    this.organizations = organizations;
    this.tickets = tickets;
    this.people = people;
    this.mail = mail;
    this.portalUrl = properties.publicUrl().replaceAll("/+$", "") + "/portal/support/tickets/";
  }

  /** {@code notice} is ANSWERED or ESCALATED. */
  @Transactional(readOnly = true)
  public void notifyPartner(UUID ticketId, String notice) {
    SupportTicket ticket = tickets.findById(ticketId).orElseThrow();
    PersonView partner = people.person(ticket.getRaisedBy());
    Map<String, Object> model = new HashMap<>();
    model.put("notice", notice);
    model.put("recipientName", partner.firstName());
    model.put("ticket", ticket);
    model.put("partnerNumber", organizations.organization(ticket.getOrganizationId()).partnerNumber()); // R-PPL-8
    model.put("ticketUrl", portalUrl + ticketId);
    String subject = ("ANSWERED".equals(notice) ? "Your support ticket was answered: "
        : "Your support ticket was escalated to " + ticket.getChannel() + ": ") + ticket.getSubject();
    mail.send(new Mail(partner.email(), subject, "ticket-notice", model));
  }
}
