package org.pmc.ordering;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pmc.activity.ActivityLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment notifications for invoices of every order type, stored first: a matching payment marks the invoice
 * and the order PAID in its own transaction; only then is the process told. Idempotent: a repeated notification (same payment reference,
 * or an invoice no longer OPEN) changes nothing, so nothing ships twice. A payment whose amount or currency
 * differs from the invoice leaves it OPEN and is logged (a billing task in Tasklist is the next step).
 */
@Service
public class Payments {

  private static final Logger log = LoggerFactory.getLogger(Payments.class);

  private final JdbcClient jdbc;
  private final ActivityLog activity;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Payments(JdbcClient jdbc, ActivityLog activity, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.activity = activity;
    this.clock = clock;
  }

  /**
   * Returns the paid invoice when this notification paid one, empty when it changed nothing. The order's owner
   * marks its order paid in this transaction ({@link InvoicePaid}).
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public Optional<InvoicePaid> record(PaymentNotification payment) {
    if (payment.invoiceId() == null || payment.amount() == null || payment.amount().amount() == null
        || payment.paymentReference() == null || payment.paymentReference().isBlank()) {
      log.warn("Incomplete payment notification ignored: {}", payment);
      return Optional.empty();
    }
    Optional<Map<String, Object>> found = jdbc.sql("""
        select id, organization_id, order_type, order_id, amount, currency, status from invoice where id = ? for update""")
        .param(payment.invoiceId()).query().listOfRows().stream().findFirst();
    if (found.isEmpty()) {
      log.warn("Payment {} for unknown invoice {} ignored", payment.paymentReference(), payment.invoiceId());
      return Optional.empty();
    }
    Map<String, Object> invoice = found.get();
    boolean knownReference = jdbc.sql("select count(*) from invoice where payment_reference = ?")
        .param(payment.paymentReference()).query(Long.class).single() > 0;
    if (knownReference || !"OPEN".equals(invoice.get("status"))) {
      log.info("Payment {} for invoice {} ({}) already recorded or not payable: nothing changes",
          payment.paymentReference(), payment.invoiceId(), invoice.get("status"));
      return Optional.empty();
    }
    java.math.BigDecimal due = (java.math.BigDecimal) invoice.get("amount");
    if (due.compareTo(payment.amount().amount()) != 0 || !invoice.get("currency").equals(payment.amount().currency())) {
      log.warn("Payment {} for invoice {} is {} {}, the invoice is {} {}: the invoice stays OPEN for billing",
          payment.paymentReference(), payment.invoiceId(), payment.amount().amount().toPlainString(),
          payment.amount().currency(), due.toPlainString(), invoice.get("currency"));
      return Optional.empty();
    }
    jdbc.sql("""
        update invoice set status = 'PAID', paid_at = ?, payment_reference = ?, version = version + 1
        where id = ? and status = 'OPEN'""")
        .params(Timestamp.from(clock.instant()), payment.paymentReference(), payment.invoiceId()).update();
    activity.record((UUID) invoice.get("organization_id"), "INVOICE_PAID", "INVOICE", payment.invoiceId(),
        "Invoice paid: " + due.toPlainString() + " " + invoice.get("currency") + ", reference "
            + payment.paymentReference());
    InvoicePaid paid = new InvoicePaid(payment.invoiceId(), (UUID) invoice.get("organization_id"),
        OrderType.valueOf((String) invoice.get("order_type")), (UUID) invoice.get("order_id"));
    events.publishEvent(paid);
    return Optional.of(paid);
  }
}
