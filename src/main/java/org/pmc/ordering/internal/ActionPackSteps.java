package org.pmc.ordering.internal;

import static org.pmc.ordering.internal.AbtkOrderSteps.orderId;
import static org.pmc.ordering.internal.OrderProcesses.startOf;

import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmc.ordering.internal.ActionPackOrders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code action-pack-order}; each reads the order id from the business key. */
@Configuration(proxyBeanMethods = false)
class ActionPackSteps {

  /** "Activate Action Pack" (R-MEM-1): sets {@code endsAt}, the anniversary it runs until. */
  @Bean
  JavaDelegate activateActionPack(ActionPackOrders orders) {
    return execution -> execution.setVariable("endsAt", startOf(orders.activate(orderId(execution))));
  }

  /** "End Action Pack" at the anniversary; {@code anniversaryMoved} (R-MEM-4) waits again until the new one. */
  @Bean
  JavaDelegate endActionPack(ActionPackOrders orders) {
    return execution -> waitUntil(execution, orders.end(orderId(execution)));
  }

  private static void waitUntil(DelegateExecution execution, Optional<LocalDate> end) {
    execution.setVariable("anniversaryMoved", end.isPresent());
    end.ifPresent(date -> execution.setVariable("endsAt", startOf(date)));
  }
}
