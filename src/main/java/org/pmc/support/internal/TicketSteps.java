package org.pmc.support.internal;

import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pmc.platform.StaffNames;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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

  /** Stores the answer staff gave in {@code answerTicket}, naming who gave it. */
  @Bean
  JavaDelegate recordAnswer(SupportService support) {
    return execution -> execution.setVariables(support.answer(ticketId(execution),
        (String) execution.getVariable(TicketProcess.ANSWER), staffMember(execution)));
  }

  /** R-SUP-6: staff chose ASK; the text of {@code answer} is the question for the partner. */
  @Bean
  JavaDelegate recordQuestion(SupportService support) {
    return execution -> execution.setVariables(support.ask(ticketId(execution),
        (String) execution.getVariable(TicketProcess.ANSWER), staffMember(execution),
        (String) execution.getVariable(TicketProcess.ASSIGNEE)));
  }

  /** R-SUP-6: no answer to staff's question within 7 days. */
  @Bean
  JavaDelegate closeUnansweredTicket(SupportService support) {
    return execution -> support.closeWithoutAnswer(ticketId(execution));
  }

  /** R-SUP-4: the partner's stored word, or closed after 7 days without it; sets {@code accepted}. */
  @Bean
  JavaDelegate settleTicket(SupportService support) {
    return execution -> execution.setVariables(support.settle(ticketId(execution)));
  }

  /** Emails the partner who raised the ticket; input {@code notice} names what happened. */
  @Bean
  JavaDelegate notifyTicketPartner(TicketMails mails) {
    return execution -> mails.notifyPartner(ticketId(execution), (String) execution.getVariableLocal("notice"),
        (String) execution.getVariable(TicketProcess.QUESTION));
  }

  /** R-SUP-3: a ticket at the top (RSC_LEAD) is not escalated again; its group is reminded instead. */
  @Bean
  JavaDelegate remindTicketGroup(TicketMails mails, SupportService support) {
    return execution -> {
      mails.remindGroup(ticketId(execution), (String) execution.getVariable(TicketProcess.CANDIDATE_GROUP));
      execution.setVariables(support.reminded(ticketId(execution)));
    };
  }

  /**
   * "Answer the ticket" in Tasklist: its name says whom and how urgent ("Ticket (HIGH) — Contoso Partners: Service
   * down"), its due date is the channel's response target and its
   * follow-up date half of it (R-SUP-3: the same target as the boundary timer, on the engine's clock). Also
   * known by its former name, which instances started on an earlier version of the model still call.
   */
  @Bean({"prepareTicketTask", "nameTicketTask"})
  TaskListener prepareTicketTask(SupportTickets tickets, OrganizationService organizations) {
    return task -> {
      SupportTicket ticket = tickets.findById(ticketId(task.getExecution())).orElseThrow();
      task.setName("Ticket (" + ticket.getPriority() + ") — "
          + organizations.organization(ticket.getOrganizationId()).name() + ": " + ticket.getSubject());
      Duration target = ticket.getChannel().responseTarget();
      Date now = ClockUtil.getCurrentTime();
      task.setDueDate(Date.from(now.toInstant().plus(target)));
      task.setFollowUpDate(Date.from(now.toInstant().plus(target.dividedBy(2))));
    };
  }

  /**
   * Who completes {@code answerTicket}: the signed-in Camunda user (Tasklist, /engine-rest), else the task's
   * assignee; and a completion with {@code answer} alone is an answer (api.md).
   */
  @Bean
  TaskListener recordTicketStaff(StaffNames staff) {
    return task -> {
      task.getExecution().setVariable(TicketProcess.STAFF_MEMBER, staff.taskUser().orElse(task.getAssignee()));
      Object decision = task.getExecution().getVariable(TicketProcess.DECISION);
      if (decision == null || decision.toString().isBlank()) {
        task.getExecution().setVariable(TicketProcess.DECISION, TicketProcess.ANSWER_DECISION);
      }
    };
  }

  private static String staffMember(DelegateExecution execution) {
    return (String) execution.getVariable(TicketProcess.STAFF_MEMBER);
  }

  private static UUID ticketId(DelegateExecution execution) {
    return UUID.fromString(execution.getProcessBusinessKey());
  }
}
