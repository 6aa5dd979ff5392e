package org.pmc.ordering.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pmc.ordering.internal.InvoicePaid;
import org.pmc.ordering.internal.Invoices;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves an order (ABTK, plaque, Action Pack or renewal) from one status to the next only when it is in the expected one, so a
 * retried step, a late payment or a second notification changes nothing. Table names are constants of the
 * order owners, never input.
 */
@Component
class OrderStatusChanges {

  private final JdbcClient jdbc;
  private final Invoices invoices;

  OrderStatusChanges(JdbcClient jdbc, Invoices invoices) {
    this.jdbc = jdbc;
    this.invoices = invoices;
  }

  /** Each order type's table (V9, V12, V31). */
  private static final Map<OrderType, String> TABLES = Map.of(OrderType.ABTK, "abtk_order",
      OrderType.PLAQUE, "plaque_order", OrderType.ACTION_PACK, "action_pack_order", OrderType.RENEWAL, "renewal");

  /** The invoice is paid: its order is PAID in the same transaction, ready to fulfil, ship or activate. */
  @EventListener
  void paid(InvoicePaid paid) {
    if (paid.orderType() != OrderType.RENEWAL) { // a renewal is renewed by its process, even in grace (R-MEM-5)
      move(TABLES.get(paid.orderType()), paid.orderId(), "AWAITING_PAYMENT", "PAID");
    }
  }

  /** Whether this call moved the order. */
  boolean move(String table, UUID orderId, String from, String to) {
    return jdbc.sql("update " + table + " set status = ?, version = version + 1 where id = ? and status = ?")
        .params(to, orderId, from).update() == 1;
  }

  /**
   * R-ABTK-19: an unpaid order and its open invoice are cancelled, and why; whether this call did it. The caller
   * locks the invoice first ({@link Invoices#lockOf}), as a payment does, so of the two exactly one wins.
   */
  boolean cancelUnpaid(OrderType type, UUID orderId, Invoices.CancelReason reason, String by) {
    if (!move(TABLES.get(type), orderId, "AWAITING_PAYMENT", "CANCELLED")) {
      return false;
    }
    invoices.cancelOpen(orderId, reason, by);
    return true;
  }

  /** The order's status, empty for an unknown order. */
  Optional<String> status(OrderType type, UUID orderId) {
    return jdbc.sql("select status from " + TABLES.get(type) + " where id = ?").param(orderId).query(String.class)
        .optional();
  }

  Optional<UUID> organizationOf(String table, UUID orderId) {
    return jdbc.sql("select organization_id from " + table + " where id = ?").param(orderId).query(UUID.class)
        .optional();
  }
}
