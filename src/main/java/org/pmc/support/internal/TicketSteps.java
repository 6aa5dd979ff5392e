package org.pmc.support.internal;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pmc.organization.OrganizationService;
import org.pmc.support.internal.SupportChannel;
import org.pmc.support.internal.SupportService;
import org.pmc.support.internal.TicketMails;
import org.pmc.support.internal.TicketProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates of {@code support-ticket}: each reads the ticket id from the business key. */
@Configuration(proxyBeanMethods = false)
class TicketSteps {

  /** R-SUP-2: applies the channel the {@code support-channel} decision chose. */
  @Bean
  JavaDelegate routeTicket(SupportService support) {
    return execution -> execution.setVariables(support.route(ticketId(execution),
        SupportChannel.valueOf((String) execution.getVariable(TicketProcess.CHANNEL))));
  }

  /** R-SUP-3: the response target passed; the next channel and its target. */
  @Bean
  JavaDelegate escalateTicket(SupportService support) {
    return execution -> execution.setVariables(support.escalate(ticketId(execution)));
  }

  /** Stores the answer staff gave in {@code answerTicket}. */
  @Bean
  JavaDelegate recordAnswer(SupportService support) {
    return execution -> execution.setVariables(support.answer(ticketId(execution),
        (String) execution.getVariable(TicketProcess.ANSWER)));
  }

  /** R-SUP-4: the partner's stored word, or closed after 7 days without it; sets {@code accepted}. */
  @Bean
  JavaDelegate settleTicket(SupportService support) {
    return execution -> execution.setVariables(support.settle(ticketId(execution)));
  }

  /** Emails the partner who raised the ticket; input {@code notice} names what happened. */
  @Bean
  JavaDelegate notifyTicketPartner(TicketMails mails) {
    return execution -> mails.notifyPartner(ticketId(execution), (String) execution.getVariableLocal("notice"));
  }

  /**
   * "Answer the ticket" carries its subject in Tasklist: "Ticket (HIGH) — Contoso Partners: Service down", so staff
   * see whom they answer and how urgent it is before they open it.
   */
  @Bean
  TaskListener nameTicketTask(SupportTickets tickets, OrganizationService organizations) {
    return task -> {
      SupportTicket ticket = tickets.findById(ticketId(task.getExecution())).orElseThrow();
      task.setName("Ticket (" + ticket.getPriority() + ") — "
          + organizations.organization(ticket.getOrganizationId()).name() + ": " + ticket.getSubject());
    };
  }

  private static UUID ticketId(DelegateExecution execution) {
    return UUID.fromString(execution.getProcessBusinessKey());
  }
}
