package org.pmc.ordering.internal;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmc.ordering.internal.AbtkFulfilment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code abtk-order}; each reads the order id from the business key. */
@Configuration
class AbtkOrderSteps {

  static UUID orderId(DelegateExecution execution) {
    return UUID.fromString(execution.getProcessBusinessKey());
  }

  /** "Fulfil the order" (R-ABTK-12, R-ABTK-13, R-ABTK-15). */
  @Bean
  JavaDelegate fulfilAbtkOrder(AbtkFulfilment fulfilment) {
    return execution -> fulfilment.fulfil(orderId(execution));
  }

  /**
   * "Plan the benefit expiry" (R-ABTK-10, R-ABTK-11): the benefits expire at the start of the order's
   * (possibly extended) program year end.
   */
  @Bean
  JavaDelegate planBenefitExpiry(AbtkOrders orders) {
    return execution -> execution.setVariable("benefitsExpireAt",
        OrderProcesses.startOf(orders.row(orderId(execution)).orElseThrow().programYearEnd()));
  }

  /** "Ship update kits" (R-ABTK-14). */
  @Bean
  JavaDelegate shipUpdateKits(AbtkFulfilment fulfilment) {
    return execution -> fulfilment.shipUpdateKits(orderId(execution));
  }

  /** "Expire the benefits" (R-ABTK-10). */
  @Bean
  JavaDelegate expireAbtkBenefits(AbtkFulfilment fulfilment) {
    return execution -> fulfilment.expire(orderId(execution));
  }
}
