package org.pmc.ordering;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code abtk-order}; each reads the order id from the business key. */
@Configuration
class AbtkOrderSteps {

  static UUID orderId(DelegateExecution execution) {
    return UUID.fromString(execution.getProcessBusinessKey());
  }

  /** "Remind to pay" of await-payment (called by every order process): emails the membership recipients. */
  @Bean
  JavaDelegate remindToPay(PaymentReminder reminder) {
    return execution -> reminder.remindToPay(orderId(execution));
  }

  /** "Fulfil the order" (R-ABTK-15). */
  @Bean
  JavaDelegate fulfilAbtkOrder(AbtkOrders orders) {
    return execution -> orders.fulfil(orderId(execution));
  }

  /** "Cancel the order": the due date passed unpaid. */
  @Bean
  JavaDelegate cancelAbtkOrder(AbtkOrders orders) {
    return execution -> orders.cancelUnpaid(orderId(execution));
  }
}
