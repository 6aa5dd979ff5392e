package org.pmc.ordering.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pmc.activity.ActivityLog;
import org.pmc.ordering.internal.InvoicePaid;
import org.pmc.ordering.internal.Money;
import org.pmc.ordering.internal.OrderType;
import org.pmc.ordering.internal.PaymentNotification;
import org.pmc.ordering.internal.PaymentReview;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that records payments, for invoices of every order type, from the provider's notifications and
 * from bank transfers billing staff enter. Every payment is stored first in the ledger (table {@code payment}),
 * idempotent by payment reference and invoice: a repeated one changes nothing, so nothing ships twice. A payment
 * that pays its OPEN invoice exactly marks it PAID and publishes {@link InvoicePaid} (the order's owner marks the
 * order paid in the same transaction); any other (wrong amount or currency, an invoice no longer open) waits IN_REVIEW
 * for billing in Tasklist (process {@code payment-review}), who accept it as payment or refund it.
 */
@Service
public class Payments {

  private static final Logger log = LoggerFactory.getLogger(Payments.class);

  /** Where a payment came from. */
  public enum Channel { PROVIDER, BANK_TRANSFER }

  /** What recording a payment did. */
  public enum Outcome { PAID, IN_REVIEW, DUPLICATE, UNKNOWN_INVOICE, INCOMPLETE }

  /** The outcome, and the paid invoice when the payment paid one (to tell the waiting process after commit). */
  public record Recorded(Outcome outcome, Optional<InvoicePaid> paid) {

    static Recorded of(Outcome outcome) {
      return new Recorded(outcome, Optional.empty());
    }
  }

  private final JdbcClient jdbc;
  private final ActivityLog activity;
  private final ApplicationEventPublisher events;
  private final PaymentReview review;
  private final CheckoutSessions checkouts;
  private final Clock clock;

  Payments(JdbcClient jdbc, ActivityLog activity, ApplicationEventPublisher events, PaymentReview review,
      CheckoutSessions checkouts, Clock clock) {
    this.jdbc = jdbc;
    this.checkouts = checkouts;
    this.events = events;
    this.activity = activity;
    this.review = review;
    this.clock = clock;
  }

  /**
   * Records a payment: in its own transaction for a notification (committed before the process is told), in
   * the job's transaction for a bank transfer (so the payment, its review and the step commit together). The
   * invoice is locked first (as the cancellation at the due date locks it), so a payment and a cancellation at
   * the same moment are decided one after the other.
   */
  @Transactional
  public Recorded record(PaymentNotification payment, Channel channel) {
    if (payment.invoiceId() == null || payment.amount() == null || payment.amount().amount() == null
        || payment.amount().currency() == null || payment.paymentReference() == null
        || payment.paymentReference().isBlank()) {
      log.warn("Incomplete payment ignored: {}", payment);
      return Recorded.of(Outcome.INCOMPLETE);
    }
    Optional<Map<String, Object>> found = invoice(payment.invoiceId());
    if (found.isEmpty()) {
      log.warn("Payment {} for unknown invoice {} ignored", payment.paymentReference(), payment.invoiceId());
      return Recorded.of(Outcome.UNKNOWN_INVOICE);
    }
    Map<String, Object> invoice = found.get();
    if (payment.sessionId() != null) {
      checkouts.paid(payment.sessionId(), payment.invoiceId());
    }
    String reason = reviewReason(invoice, payment.amount());
    UUID paymentId = UUID.randomUUID();
    int stored = jdbc.sql("""
        insert into payment (id, invoice_id, organization_id, amount, currency, payment_reference, channel, status,
          review_reason, received_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (payment_reference, invoice_id) do nothing""")
        .params(paymentId, payment.invoiceId(), invoice.get("organization_id"), payment.amount().amount(),
            payment.amount().currency(), payment.paymentReference(), channel.name(),
            reason == null ? "APPLIED" : "IN_REVIEW", reason, Timestamp.from(clock.instant()))
        .update();
    if (stored == 0) {
      log.info("Payment {} for invoice {} already recorded: nothing changes", payment.paymentReference(),
          payment.invoiceId());
      return Recorded.of(Outcome.DUPLICATE);
    }
    if (reason != null) {
      log.warn("Payment {} for invoice {} goes to billing review: {}", payment.paymentReference(),
          payment.invoiceId(), reason);
      review.start(paymentId, invoice, payment, channel, reason);
      return Recorded.of(Outcome.IN_REVIEW);
    }
    return new Recorded(Outcome.PAID, Optional.of(pay(invoice, payment.paymentReference(), payment.amount())));
  }

  /**
   * Billing accepts a payment in review as the payment of its invoice ("accept as payment"): the invoice is PAID
   * as by a matching payment. Empty when the invoice is no longer OPEN (it must be refunded then). Accepting again
   * answers the same paid invoice, so a retried step tells the process again and changes nothing. In the
   * transaction of the review's step, which tells the order's process too.
   */
  @Transactional
  public Optional<InvoicePaid> accept(UUID paymentId, String reviewer) {
    UUID invoiceId = jdbc.sql("select invoice_id from payment where id = ?").param(paymentId).query(UUID.class)
        .single();
    Map<String, Object> invoice = invoice(invoiceId).orElseThrow();
    Map<String, Object> payment = payment(paymentId);
    String status = (String) payment.get("status");
    if ("ACCEPTED".equals(status)) {
      return Optional.of(paidEvent(invoice));
    }
    if (!"IN_REVIEW".equals(status) || !"OPEN".equals(invoice.get("status"))) {
      return Optional.empty();
    }
    decide(paymentId, "ACCEPTED", reviewer);
    Money received = new Money((BigDecimal) payment.get("amount"), (String) payment.get("currency"));
    return Optional.of(pay(invoice, (String) payment.get("payment_reference"), received));
  }

  /** Billing refunds a payment in review: recorded; the invoice stays as it is (OPEN or CANCELLED). */
  @Transactional
  public void refund(UUID paymentId, String reviewer) {
    Map<String, Object> payment = payment(paymentId);
    if (decide(paymentId, "REFUNDED", reviewer) > 0) {
      activity.recordStaffDecision((UUID) payment.get("organization_id"), reviewer, "PAYMENT_REFUNDED", "INVOICE",
          (UUID) payment.get("invoice_id"), "Payment " + payment.get("payment_reference") + " of "
              + ((BigDecimal) payment.get("amount")).toPlainString() + " " + payment.get("currency") + " refunded");
    }
  }

  /** Why a payment does not simply pay its invoice, or null when it does. */
  private static String reviewReason(Map<String, Object> invoice, Money received) {
    BigDecimal due = (BigDecimal) invoice.get("amount");
    if (!"OPEN".equals(invoice.get("status"))) {
      return "The invoice is " + invoice.get("status") + ": a payment for it is not expected";
    }
    if (due.compareTo(received.amount()) != 0 || !invoice.get("currency").equals(received.currency())) {
      return "Received " + received.amount().toPlainString() + " " + received.currency() + ", the invoice is "
          + due.toPlainString() + " " + invoice.get("currency");
    }
    return null;
  }

  private InvoicePaid pay(Map<String, Object> invoice, String reference, Money received) {
    UUID invoiceId = (UUID) invoice.get("id");
    jdbc.sql("""
        update invoice set status = 'PAID', paid_at = ?, payment_reference = ?, version = version + 1
        where id = ? and status = 'OPEN'""")
        .params(Timestamp.from(clock.instant()), reference, invoiceId).update();
    activity.record((UUID) invoice.get("organization_id"), "INVOICE_PAID", "INVOICE", invoiceId,
        "Invoice paid: " + received.amount().toPlainString() + " " + received.currency() + ", reference " + reference);
    InvoicePaid paid = paidEvent(invoice);
    events.publishEvent(paid);
    return paid;
  }

  private static InvoicePaid paidEvent(Map<String, Object> invoice) {
    return new InvoicePaid((UUID) invoice.get("id"), (UUID) invoice.get("organization_id"),
        OrderType.valueOf((String) invoice.get("order_type")), (UUID) invoice.get("order_id"));
  }

  private int decide(UUID paymentId, String status, String reviewer) {
    return jdbc.sql("""
        update payment set status = ?, decided_at = ?, decided_by = ? where id = ? and status = 'IN_REVIEW'""")
        .params(status, Timestamp.from(clock.instant()), reviewer, paymentId).update();
  }

  private Optional<Map<String, Object>> invoice(UUID invoiceId) {
    return jdbc.sql("""
        select id, number, organization_id, order_type, order_id, description, amount, currency, status from invoice
        where id = ? for update""").param(invoiceId).query().listOfRows().stream().findFirst();
  }

  private Map<String, Object> payment(UUID paymentId) {
    return jdbc.sql("""
        select id, invoice_id, organization_id, amount, currency, payment_reference, status from payment
        where id = ? for update""").param(paymentId).query().singleRow();
  }
}
