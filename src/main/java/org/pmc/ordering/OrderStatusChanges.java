package org.pmc.ordering;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves an order from one status to the next only when it is in the expected one, so a retried step, a late
 * payment or a second notification changes nothing. Table names are constants of the order owners.
 */
@Component
class OrderStatusChanges {

  private final JdbcClient jdbc;

  OrderStatusChanges(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether this call moved the order. */
  boolean move(String table, UUID orderId, String from, String to) {
    return jdbc.sql("update " + table + " set status = ?, version = version + 1 where id = ? and status = ?")
        .params(to, orderId, from).update() == 1;
  }
}
