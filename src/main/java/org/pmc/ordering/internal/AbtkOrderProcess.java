package org.pmc.ordering.internal;

import java.time.LocalDate;
import java.util.UUID;
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

  private final OrderProcesses processes;

  AbtkOrderProcess(OrderProcesses processes) {
    this.processes = processes;
  }

  /** Starts the instance in the caller's transaction, waiting for the payment of the invoice due then. */
  void start(UUID orderId, UUID organizationId, String title, LocalDate dueDate) {
    processes.start(KEY, orderId, organizationId, title, dueDate);
  }
}
