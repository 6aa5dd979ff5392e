package org.pmc.ordering;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The {@code abtk-order} process as the rest of the code sees it, for an ABTK order or an upgrade. Business key:
 * the order id. It waits for {@link Invoices#PAYMENT_MESSAGE}, which the payment path delivers (stored first,
 * redelivered when missed); fulfilled, it waits for the benefits to expire, re-planned on
 * {@link #ANNIVERSARY_MOVED}, and ships update kits on {@link #COMPETENCY_GAINED}.
 */
@Component
public class AbtkOrderProcess {

  static final String KEY = "abtk-order";
  /** R-ABTK-11: the anniversary was extended; the expiry of the benefits moves with it. */
  static final String ANNIVERSARY_MOVED = "anniversaryMoved";
  /** R-ABTK-14: the location gained a competency; an update kit follows. */
  static final String COMPETENCY_GAINED = "competencyGained";

  private final RuntimeService runtime;

  AbtkOrderProcess(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /**
   * Starts the instance in the caller's transaction. The reminder is due at the start of the day 7 days
   * before the due date; the order is cancelled when the due date has passed (start of the next day, UTC).
   */
  void start(UUID orderId, LocalDate dueDate) {
    runtime.startProcessInstanceByKey(KEY, orderId.toString(), Map.of(
        "orderId", orderId.toString(),
        "reminderAt", startOf(dueDate.minusDays(7)),
        "dueAt", startOf(dueDate.plusDays(1))));
  }

  /** Timer dates are the start of the day, UTC. */
  static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
