package org.pmc.ordering.internal;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of {@code membership-renewal} (R-MEM-5); each reads the renewal id from the business key (the
 * order id of its invoice). The invoice, reminder, receipt and cancellation mails are await-payment's delegates
 * ({@link InvoiceSteps}); the grace and lapse notices say what only a renewal has.
 */
@Configuration(proxyBeanMethods = false)
class MembershipRenewalSteps {

  /** "Start the grace period": unpaid at the anniversary. */
  @Bean
  JavaDelegate startRenewalGrace(Renewals renewals, InvoiceMails mails, Invoices invoices) {
    return execution -> {
      renewals.startGrace(renewalId(execution));
      notice(renewals, mails, invoices, execution, "GRACE", RenewalNotice.GRACE);
    };
  }

  /** "Remind: grace ends", while the renewal is still in grace. */
  @Bean
  JavaDelegate remindGraceEnds(Renewals renewals, InvoiceMails mails, Invoices invoices) {
    return execution -> notice(renewals, mails, invoices, execution, "GRACE", RenewalNotice.GRACE_ENDING);
  }

  /** "Lapse the membership": unpaid after grace, or cancelled, at the anniversary. */
  @Bean
  JavaDelegate lapseMembership(Renewals renewals, InvoiceMails mails, Invoices invoices) {
    return execution -> {
      renewals.lapse(renewalId(execution));
      notice(renewals, mails, invoices, execution, "LAPSED", RenewalNotice.LAPSED);
    };
  }

  /** "Renew the program year": paid, in time or later in the program year. */
  @Bean
  JavaDelegate renewProgramYear(Renewals renewals) {
    return execution -> renewals.renew(renewalId(execution));
  }

  /** "Cancel the unpaid invoice": the program year ended unpaid. */
  @Bean
  JavaDelegate closeUnpaidRenewal(Renewals renewals) {
    return execution -> renewals.closeUnpaid(renewalId(execution));
  }

  /** The notice, when the renewal is (still) in this status: a retried step sends it once, a late one not at all. */
  private static void notice(Renewals renewals, InvoiceMails mails, Invoices invoices, DelegateExecution execution,
      String status, RenewalNotice notice) {
    UUID renewalId = renewalId(execution);
    if (renewals.in(renewalId, status)) {
      mails.sendNotice(invoices.idOf(renewalId), notice);
    }
  }

  private static UUID renewalId(DelegateExecution execution) {
    return UUID.fromString(execution.getProcessBusinessKey());
  }
}
