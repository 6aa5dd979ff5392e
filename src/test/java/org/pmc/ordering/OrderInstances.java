package org.pmc.ordering;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;

/**
 * The process instances of orders, for running their due jobs and no one else's: each order's process (business
 * key: the order id, with the payment wait it called) and the billing reviews of payments to its invoice.
 */
public final class OrderInstances {

  private OrderInstances() {
  }

  public static ProcessInstanceQuery[] of(RuntimeService runtime, JsonNode... orders) {
    return Arrays.stream(orders).flatMap(order -> Stream.of(
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(order.get("id").asText()),
        runtime.createProcessInstanceQuery().processDefinitionKey("payment-review")
            .variableValueEquals("invoiceId", order.get("invoiceId").asText())))
        .toArray(ProcessInstanceQuery[]::new);
  }
}
