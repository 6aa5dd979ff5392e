package org.pmc.ordering.internal;

import static org.pmc.ordering.internal.AbtkOrderSteps.orderId;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code plaque-order}; each reads the order id from the business key. */
@Configuration(proxyBeanMethods = false)
class PlaqueOrderSteps {

  /** "Ship the plaques" (R-PLQ-1). */
  @Bean
  JavaDelegate shipPlaques(PlaqueOrders orders) {
    return execution -> orders.ship(orderId(execution));
  }
}
