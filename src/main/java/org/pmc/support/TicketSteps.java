package org.pmc.support;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The thin delegates of {@code support-ticket}: each reads the ticket id from the business key. */
final class TicketSteps {

  private TicketSteps() {}

  static UUID ticketId(DelegateExecution execution) {
    return UUID.fromString(execution.getProcessBusinessKey());
  }

  /** R-SUP-2: applies the channel the {@code support-channel} decision chose. */
  @Component("routeTicket")
  static class RouteTicket implements JavaDelegate {
    private final SupportService support;

    RouteTicket(SupportService support) {
      this.support = support;
    }

    @Override
    public void execute(DelegateExecution execution) {
      SupportChannel channel = SupportChannel.valueOf((String) execution.getVariable(TicketProcess.CHANNEL));
      execution.setVariables(support.route(ticketId(execution), channel));
    }
  }

  /** R-SUP-3: the response target passed; the next channel and its target. */
  @Component("escalateTicket")
  static class EscalateTicket implements JavaDelegate {
    private final SupportService support;

    EscalateTicket(SupportService support) {
      this.support = support;
    }

    @Override
    public void execute(DelegateExecution execution) {
      execution.setVariables(support.escalate(ticketId(execution)));
    }
  }

  /** Stores the answer staff gave in {@code answerTicket}. */
  @Component("recordAnswer")
  static class RecordAnswer implements JavaDelegate {
    private final SupportService support;

    RecordAnswer(SupportService support) {
      this.support = support;
    }

    @Override
    public void execute(DelegateExecution execution) {
      execution.setVariables(support.answer(ticketId(execution),
          (String) execution.getVariable(TicketProcess.ANSWER)));
    }
  }

  /** R-SUP-4: the partner's stored word, or closed after 7 days without it; sets {@code accepted}. */
  @Component("settleTicket")
  static class SettleTicket implements JavaDelegate {
    private final SupportService support;

    SettleTicket(SupportService support) {
      this.support = support;
    }

    @Override
    public void execute(DelegateExecution execution) {
      execution.setVariables(support.settle(ticketId(execution)));
    }
  }

  /** Emails the partner who raised the ticket; input {@code notice} names what happened. */
  @Component("notifyTicketPartner")
  static class NotifyTicketPartner implements JavaDelegate {
    private final TicketMails mails;

    NotifyTicketPartner(TicketMails mails) {
      this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
      mails.notifyPartner(ticketId(execution), (String) execution.getVariableLocal("notice"));
    }
  }
}
