package org.pmc.ordering.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.pmc.ordering.internal.InvoicePaid;
import org.pmc.ordering.internal.InvoiceView;
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

  /** The order's (first) invoice. */
  @Transactional(readOnly = true)
  public InvoiceView ofOrder(UUID organizationId, UUID orderId) {
    return jdbc.sql(SELECT + " where organization_id = ? and order_id = ? order by created_at limit 1")
        .params(organizationId, orderId).query(Invoices::view).optional()
        .orElseThrow(() -> new NotFound("Invoice of order", orderId));
  }

  /** Locks the order's invoices until the caller's transaction ends, as a payment does (no deadlock, one wins). */
  public void lockOf(UUID orderId) {
    jdbc.sql("select id from invoice where order_id = ? order by id for update").param(orderId).query().listOfRows();
  }

  /** The due date passed unpaid: the order's open invoice is cancelled. */
  public void cancelOpen(UUID orderId) {
    jdbc.sql("update invoice set status = 'CANCELLED', version = version + 1 where order_id = ? and status = 'OPEN'")
        .param(orderId).update();
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
