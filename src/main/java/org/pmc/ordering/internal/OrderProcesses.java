package org.pmc.ordering.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.pmc.ordering.internal.Invoices;
import org.springframework.stereotype.Component;

/**
 * Starts an order's process (abtk-order, plaque-order, action-pack-order). Business key: the order id. Each
 * calls await-payment, which waits for {@link Invoices#PAYMENT_MESSAGE} (stored first, redelivered when missed).
 */
@Component
class OrderProcesses {

  private final RuntimeService runtime;

  OrderProcesses(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /**
   * Starts the instance in the caller's transaction. The reminder is due at the start of the day 7 days
   * before the due date; the order is cancelled when the due date has passed (start of the next day, UTC). The
   * title is what the partner's requests page calls the order.
   */
  void start(String processKey, UUID orderId, UUID organizationId, String title, LocalDate dueDate) {
    // organizationId and requestTitle: the partner's requests page lists the order (requests module); the call
    // activity passes organizationId on to await-payment, whose wait is the order's.
    runtime.startProcessInstanceByKey(processKey, orderId.toString(), Map.of(
        "orderId", orderId.toString(),
        "organizationId", organizationId.toString(),
        "requestTitle", title,
        "reminderAt", startOf(dueDate.minusDays(7)),
        "dueAt", startOf(dueDate.plusDays(1))));
  }

  static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
