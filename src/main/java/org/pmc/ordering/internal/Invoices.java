package org.pmc.ordering.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.pmc.platform.ProcessMessages;
import org.pmc.platform.StoredAnswers;
import org.pmc.web.NotFound;
import org.pmc.web.Paging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices of every order type (R-ABTK-18: paid and unpaid are listed as payment history). A process that waits
 * for {@code paymentReceived} has the order id as business key; the payment is stored on the invoice first, so
 * a missed message is delivered again by the platform's redelivery, which asks {@link #answeredAmong}.
 */
@Service
public class Invoices implements StoredAnswers {

  private static final Logger log = LoggerFactory.getLogger(Invoices.class);

  public static final String PAYMENT_MESSAGE = "paymentReceived";

  /** Decided: an invoice is due 30 days after the order. */
  public static final int PAYMENT_DAYS = 30;

  private final JdbcClient jdbc;
  private final ProcessMessages messages;
  private final Clock clock;

  Invoices(JdbcClient jdbc, ProcessMessages messages, Clock clock) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * Tells the order's process that its invoice is paid, after the payment is stored; none waiting is fine (the
   * order was cancelled meanwhile, or it was told already), and a missed message is redelivered.
   */
  public void deliverPayment(InvoicePaid paid) {
    int delivered = messages.deliver(PAYMENT_MESSAGE, paid.orderId().toString());
    log.info("Payment of {} order {} delivered to {} waiting instance(s)", paid.orderType(), paid.orderId(),
        delivered);
  }

  /** An OPEN invoice for an order, due {@link #PAYMENT_DAYS} days from today; in the caller's transaction. */
  public InvoiceView open(UUID organizationId, OrderType type, UUID orderId, Money amount, String description) {
    return open(organizationId, type, orderId, amount, description, LocalDate.now(clock).plusDays(PAYMENT_DAYS));
  }

  /** An OPEN invoice due on {@code dueDate} (a renewal is due on the anniversary, R-MEM-5). */
  public InvoiceView open(UUID organizationId, OrderType type, UUID orderId, Money amount, String description,
      LocalDate dueDate) {
    UUID id = UUID.randomUUID();
    String number = nextNumber();
    jdbc.sql("""
        insert into invoice (id, number, organization_id, order_type, order_id, description, amount, currency,
          status, due_date, created_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
        .params(id, number, organizationId, type.name(), orderId, description, amount.amount(), amount.currency(),
            dueDate, Timestamp.from(clock.instant()))
        .update();
    log.info("Invoice {} ({}) of {} opened for {} order {}", number, id, amount, type, orderId);
    return new InvoiceView(id, number, orderId, type.name(), description, amount, "OPEN", clock.instant(), dueDate,
        null, null, InvoiceView.pdfUrl(organizationId, id), InvoiceView.payUrl(id, "OPEN"));
  }

  /**
   * R-ABTK-19: the next number of this year (UTC), gap-free: the year's counter row stays locked until the caller's
   * transaction ends, so a rolled-back invoice gives its number back and two invoices never share one.
   */
  private String nextNumber() {
    int year = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear();
    int number = jdbc.sql("""
        insert into invoice_number (year, last_number) values (?, 1)
        on conflict (year) do update set last_number = invoice_number.last_number + 1
        returning last_number""").param(year).query(Integer.class).single();
    return "PMC-%d-%06d".formatted(year, number);
  }

  /** The organization's invoice, for its document; 404 for another organization's. */
  @Transactional(readOnly = true)
  public InvoiceView invoice(UUID organizationId, UUID invoiceId) {
    return find(organizationId, invoiceId, "");
  }

  /**
   * The organization's invoice, locked until the caller's transaction ends as a payment locks it, so what is
   * decided from its status stays true meanwhile; 404 for another organization's.
   */
  public InvoiceView locked(UUID organizationId, UUID invoiceId) {
    return find(organizationId, invoiceId, " for update");
  }

  private InvoiceView find(UUID organizationId, UUID invoiceId, String lock) {
    return jdbc.sql(SELECT + " where organization_id = ? and id = ?" + lock).params(organizationId, invoiceId)
        .query(Invoices::view).optional().orElseThrow(() -> new NotFound("Invoice", invoiceId));
  }

  /** Locks the order's invoices until the caller's transaction ends, as a payment does (no deadlock, one wins). */
  public void lockOf(UUID orderId) {
    jdbc.sql("select id from invoice where order_id = ? order by id for update").param(orderId).query().listOfRows();
  }

  /** Why an invoice was cancelled (R-ABTK-19), for the mail that tells the billing contact. */
  /** MERGED: the organization merged into another, its unpaid renewal ended with it (R-LOC-8). */
  public enum CancelReason { UNPAID, ADMIN, WITH_SILVER, MERGED }

  /** The order's open invoice is cancelled, and why; {@code by} is the admin's email, or null. */
  public void cancelOpen(UUID orderId, CancelReason reason, String by) {
    jdbc.sql("""
        update invoice set status = 'CANCELLED', cancel_reason = ?, cancelled_by = ?, version = version + 1
        where order_id = ? and status = 'OPEN'""")
        .params(reason.name(), by, orderId).update();
  }

  /** The invoice of an order (its first: every order has one), for the steps of await-payment. */
  public UUID idOf(UUID orderId) {
    return jdbc.sql("select id from invoice where order_id = ? order by created_at limit 1").param(orderId)
        .query(UUID.class).single();
  }

  /** The order an invoice is for, with the organization's id; empty for an unknown order or another's. */
  Optional<Billed> ofOrder(UUID organizationId, UUID orderId) {
    return jdbc.sql(BILLED + " where organization_id = ? and order_id = ? order by created_at limit 1")
        .params(organizationId, orderId).query(Invoices::billed).optional();
  }

  /** An invoice with whom it concerns, as a mail about it needs. */
  Billed billed(UUID invoiceId) {
    return jdbc.sql(BILLED + " where id = ?").param(invoiceId).query(Invoices::billed).single();
  }

  /**
   * An invoice, the organization and location it concerns (an ABTK's location; a plaque order's when all its items
   * are for one; else none: the HQ's billing contact hears), and why it was cancelled when it was.
   */
  record Billed(InvoiceView invoice, UUID organizationId, UUID locationId, CancelReason cancelReason,
      String cancelledBy) {

    OrderType orderType() {
      return OrderType.valueOf(invoice.orderType());
    }
  }

  /** Issue 14: one page, oldest first (the payment history reads in order). */
  @Transactional(readOnly = true)
  public Page<InvoiceView> invoices(UUID organizationId, Pageable pageable) {
    return Paging.query(jdbc, SELECT + " where organization_id = ?", "order by created_at, id", Invoices::view,
        pageable, organizationId);
  }

  @Override
  public String message() {
    return PAYMENT_MESSAGE;
  }

  /** A paid invoice: the payment is stored. */
  @Override
  public Source source() {
    return new Source("invoice", "order_id", "status = 'PAID'");
  }

  private static final String BILLED = """
      select id, number, organization_id, order_id, order_type, description, amount, currency, status, due_date,
        created_at, paid_at, payment_reference, cancel_reason, cancelled_by,
        case order_type
          when 'ABTK' then (select o.location_id from abtk_order o where o.id = invoice.order_id)
          when 'PLAQUE' then (select case when count(distinct p.location_id) = 1 then max(p.location_id::text)::uuid end
            from plaque_order_item p where p.order_id = invoice.order_id)
        end location_id
      from invoice""";

  private static Billed billed(ResultSet rs, int row) throws SQLException {
    String reason = rs.getString("cancel_reason");
    return new Billed(view(rs, row), rs.getObject("organization_id", UUID.class),
        rs.getObject("location_id", UUID.class), reason == null ? null : CancelReason.valueOf(reason),
        rs.getString("cancelled_by"));
  }

  private static final String SELECT = """
      select id, number, organization_id, order_id, order_type, description, amount, currency, status, due_date,
        created_at, paid_at, payment_reference
      from invoice""";

  private static InvoiceView view(ResultSet rs, int row) throws SQLException {
    Timestamp paidAt = rs.getTimestamp("paid_at");
    UUID id = rs.getObject("id", UUID.class);
    return new InvoiceView(id, rs.getString("number"), rs.getObject("order_id", UUID.class),
        rs.getString("order_type"), rs.getString("description"),
        new Money(rs.getBigDecimal("amount"), rs.getString("currency")), rs.getString("status"),
        rs.getTimestamp("created_at").toInstant(), rs.getObject("due_date", LocalDate.class),
        paidAt == null ? null : paidAt.toInstant(), rs.getString("payment_reference"),
        InvoiceView.pdfUrl(rs.getObject("organization_id", UUID.class), id),
        InvoiceView.payUrl(id, rs.getString("status")));
  }
}
