package org.pmc.ordering;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The {@code abtk-order} process as the rest of the code sees it. Business key: the order id. */
@Component
public class AbtkOrderProcess {

  static final String KEY = "abtk-order";

  private final OrderProcesses processes;

  AbtkOrderProcess(OrderProcesses processes) {
    this.processes = processes;
  }

  /** Starts the instance in the caller's transaction, waiting for the payment of the invoice due then. */
  void start(UUID orderId, LocalDate dueDate) {
    processes.start(KEY, orderId, dueDate);
  }
}
