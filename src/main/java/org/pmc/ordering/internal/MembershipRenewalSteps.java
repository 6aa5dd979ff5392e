package org.pmc.ordering.internal;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of {@code membership-renewal} (R-MEM-5); each reads the renewal id from the business key. A
 * mail step's input {@code notice} names the {@link RenewalNotice}; a reminder goes out only while the renewal is
 * still in the status it reminds of.
 */
@Configuration(proxyBeanMethods = false)
class MembershipRenewalSteps {

  /** "Send the invoice", "Send the receipt", "Tell the billing contact: cancelled". */
  @Bean
  JavaDelegate mailRenewalNotice(RenewalInvoiceMails mails) {
    return execution -> mails.send(renewalId(execution), notice(execution));
  }

  /** "Remind to pay" (INVOICED) and "Remind: grace ends" (GRACE): skipped when the renewal moved on meanwhile. */
  @Bean
  JavaDelegate remindRenewal(Renewals renewals, RenewalInvoiceMails mails) {
    return execution -> {
      String status = (String) execution.getVariableLocal("status");
      if (renewals.in(renewalId(execution), status)) {
        mails.send(renewalId(execution), notice(execution));
      }
    };
  }

  /** "Start the grace period": unpaid at the anniversary. */
  @Bean
  JavaDelegate startRenewalGrace(Renewals renewals, RenewalInvoiceMails mails) {
    return execution -> {
      renewals.startGrace(renewalId(execution));
      if (renewals.in(renewalId(execution), "GRACE")) {
        mails.send(renewalId(execution), RenewalNotice.GRACE);
      }
    };
  }

  /** "Lapse the membership": unpaid after grace, or cancelled, at the anniversary. */
  @Bean
  JavaDelegate lapseMembership(Renewals renewals, RenewalInvoiceMails mails) {
    return execution -> {
      renewals.lapse(renewalId(execution));
      if (renewals.in(renewalId(execution), "LAPSED")) {
        mails.send(renewalId(execution), RenewalNotice.LAPSED);
      }
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

  private static UUID renewalId(DelegateExecution execution) {
    return UUID.fromString(execution.getProcessBusinessKey());
  }

  private static RenewalNotice notice(DelegateExecution execution) {
    return RenewalNotice.valueOf((String) execution.getVariableLocal("notice"));
  }
}
