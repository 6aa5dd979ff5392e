package org.pmc.support.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.pmc.notification.Mail;
import org.pmc.notification.NotificationProperties;
import org.pmc.notification.OutgoingMail;
import org.pmc.organization.OrganizationService;
import org.pmc.people.PeopleService;
import org.pmc.platform.StaffConsole;
import org.pmc.people.PersonView;
import org.pmc.support.internal.SupportTicket;
import org.pmc.support.internal.SupportTickets;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The emails of the support-ticket process: the partner hears of an answer, of each escalation and of staff's
 * question (R-SUP-6); the lead group is reminded of a ticket that waits at the top (R-SUP-3).
 */
@Service
class TicketMails {

  private final SupportTickets tickets;
  private final OrganizationService organizations;
  private final PeopleService people;
  private final OutgoingMail mail;
  private final String portalUrl;
  private final String tasklistUrl;
  private final IdentityService identity;
  private final StaffConsole console;

  TicketMails(SupportTickets tickets, PeopleService people, OrganizationService organizations, OutgoingMail mail,
      NotificationProperties properties, IdentityService identity, StaffConsole console) {
    this.identity = identity;
    this.console = console;
    this.tasklistUrl = properties.publicUrl().replaceAll("/+$", "") + "/camunda/app/tasklist/";
    this.organizations = organizations;
    this.tickets = tickets;
    this.people = people;
    this.mail = mail;
    this.portalUrl = properties.publicUrl().replaceAll("/+$", "") + "/portal/support/tickets/";
  }

  /** {@code notice} is ANSWERED, ESCALATED or QUESTION (with staff's question). */
  @Transactional(readOnly = true)
  public void notifyPartner(UUID ticketId, String notice, String question) {
    SupportTicket ticket = tickets.findById(ticketId).orElseThrow();
    PersonView partner = people.person(ticket.getRaisedBy());
    Map<String, Object> model = new HashMap<>();
    model.put("notice", notice);
    model.put("recipientName", partner.firstName());
    model.put("ticket", ticket);
    model.put("partnerNumber", organizations.organization(ticket.getOrganizationId()).partnerNumber()); // R-PPL-8
    model.put("ticketUrl", portalUrl + ticketId);
    model.put("question", question == null ? "" : question);
    // The ticket's subject, as the partner wrote it, has always ended the mail's subject: it stays, as an argument.
    Mail.Subject subject = "ESCALATED".equals(notice)
        ? Mail.Subject.of("mail.ticket-notice.subject.ESCALATED", label(ticket.getChannel()), ticket.getSubject())
        : Mail.Subject.of("mail.ticket-notice.subject." + notice, ticket.getSubject());
    mail.send(new Mail(partner.email(), subject, "ticket-notice", model));
  }

  /** A coded value as an argument of a subject: its {@code <Enum>.<VALUE>} text in the mail's language. */
  private static MessageSourceResolvable label(Enum<?> value) {
    return new DefaultMessageSourceResolvable(
        new String[] {value.getDeclaringClass().getSimpleName() + "." + value.name()}, value.name());
  }

  /** R-SUP-3: to every member of the group with an email address (Camunda identity). */
  @Transactional(readOnly = true)
  public void remindGroup(UUID ticketId, String group) {
    SupportTicket ticket = tickets.findById(ticketId).orElseThrow();
    Map<String, Object> model = new HashMap<>();
    model.put("ticket", ticket);
    model.put("organizationName", organizations.organization(ticket.getOrganizationId()).name());
    model.put("tasklist", tasklistUrl);
    model.put("staffConsoleUrl", console.organizationUrl(ticket.getOrganizationId()));
    for (User member : identity.createUserQuery().memberOfGroup(group).list()) {
      if (member.getEmail() != null && !member.getEmail().isBlank()) {
        model.put("firstName", member.getFirstName() == null ? "" : member.getFirstName());
        mail.send(new Mail(member.getEmail(), Mail.Subject.of("mail.ticket-reminder.subject",
            label(ticket.getPriority()), model.get("organizationName")), "ticket-reminder", model));
      }
    }
  }
}
