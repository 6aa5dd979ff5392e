package org.pmc.ordering.internal;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-ABTK-19: card checkouts at the payment provider, one session per attempt, bound to its invoice, amount and
 * currency and ending after {@link #LIFETIME}. An invoice has at most one OPEN session (a unique index): starting
 * again while it runs answers the same checkout, so a partner cannot pile up sessions at the provider.
 */
@Service
public class CheckoutSessions {

  private static final Logger log = LoggerFactory.getLogger(CheckoutSessions.class);

  /** Decided: long enough to type a card number and pass the bank's check, short enough that a leaked link dies. */
  static final Duration LIFETIME = Duration.ofHours(1);

  /** What the API answers for a started checkout. */
  public record Started(URI checkoutUrl, Instant expiresAt) {}

  private final JdbcClient jdbc;
  private final Invoices invoices;
  private final PaymentProvider provider;
  private final Clock clock;

  CheckoutSessions(JdbcClient jdbc, Invoices invoices, PaymentProvider provider, Clock clock) {
    this.jdbc = jdbc;
    this.invoices = invoices;
    this.provider = provider;
    this.clock = clock;
  }

  /**
   * The checkout of the organization's OPEN invoice: its running session, or a new one at the provider. 404 for
   * another organization's invoice, 409 R-ABTK-19 when it is not OPEN (paid or cancelled). The invoice stays locked
   * until the end, so a payment or a second start at the same moment waits for this one.
   */
  @Transactional
  public Started start(UUID organizationId, UUID invoiceId) {
    InvoiceView invoice = invoices.locked(organizationId, invoiceId);
    if (!"OPEN".equals(invoice.status())) {
      throw new BusinessRuleViolation("R-ABTK-19", "Only an open invoice can be paid; invoice " + invoice.number()
          + " is " + invoice.status());
    }
    Instant now = clock.instant();
    jdbc.sql("""
        update checkout_session set status = 'EXPIRED', ended_at = expires_at
        where invoice_id = ? and status = 'OPEN' and expires_at <= ?""").params(invoiceId, Timestamp.from(now))
        .update();
    Optional<Started> running = jdbc.sql("""
        select checkout_url, expires_at from checkout_session where invoice_id = ? and status = 'OPEN'""")
        .param(invoiceId).query((rs, row) -> new Started(URI.create(rs.getString("checkout_url")),
            rs.getTimestamp("expires_at").toInstant())).optional();
    if (running.isPresent()) {
      return running.get();
    }
    CheckoutSession session = new CheckoutSession(UUID.randomUUID(), invoiceId, invoice.number(),
        invoice.description(), invoice.amount(), "OPEN", now.plus(LIFETIME));
    PaymentProvider.Checkout checkout = provider.start(session);
    jdbc.sql("""
        insert into checkout_session (id, invoice_id, amount, currency, status, checkout_url, provider_session,
          created_at, expires_at)
        values (?, ?, ?, ?, 'OPEN', ?, ?, ?, ?)""")
        .params(session.id(), invoiceId, invoice.amount().amount(), invoice.amount().currency(),
            checkout.url().toString(), checkout.providerSession(), Timestamp.from(now),
            Timestamp.from(session.expiresAt()))
        .update();
    log.info("Checkout session {} started for invoice {}", session.id(), invoice.number());
    return new Started(checkout.url(), session.expiresAt());
  }

  /** The organization's session as it is now; 404 for another organization's or an unknown one. */
  @Transactional(readOnly = true)
  public CheckoutSession session(UUID organizationId, UUID sessionId) {
    return jdbc.sql("""
        select s.id, s.invoice_id, i.number, i.description, s.amount, s.currency, s.status, s.expires_at
        from checkout_session s join invoice i on i.id = s.invoice_id
        where s.id = ? and i.organization_id = ?""").params(sessionId, organizationId)
        .query(CheckoutSessions::session).optional().orElseThrow(() -> new NotFound("Checkout session", sessionId));
  }

  /**
   * The organization's session when it can still be paid; empty when it was paid, declined or its time is up (then
   * it is stored EXPIRED). 404 for another organization's.
   */
  @Transactional
  public Optional<CheckoutSession> payable(UUID organizationId, UUID sessionId) {
    CheckoutSession session = session(organizationId, sessionId);
    if (session.payableAt(clock.instant())) {
      return Optional.of(session);
    }
    jdbc.sql("""
        update checkout_session set status = 'EXPIRED', ended_at = expires_at
        where id = ? and status = 'OPEN' and expires_at <= ?""").params(sessionId, Timestamp.from(clock.instant()))
        .update();
    return Optional.empty();
  }

  /** The card was declined: the session ends DECLINED and the invoice stays OPEN; false when it was not payable. */
  @Transactional
  public boolean decline(UUID organizationId, UUID sessionId) {
    return payable(organizationId, sessionId).map(session -> jdbc.sql("""
        update checkout_session set status = 'DECLINED', ended_at = ? where id = ? and status = 'OPEN'""")
        .params(Timestamp.from(clock.instant()), sessionId).update() > 0).orElse(false);
  }

  /**
   * The provider reported the payment of this session, in the transaction that records it: PAID whatever it was
   * before (the money arrived). Only with the invoice it was started for, so a notification naming another
   * invoice's session changes nothing.
   */
  void paid(UUID sessionId, UUID invoiceId) {
    int ended = jdbc.sql("""
        update checkout_session set status = 'PAID', ended_at = ?
        where id = ? and invoice_id = ? and status <> 'PAID'""")
        .params(Timestamp.from(clock.instant()), sessionId, invoiceId).update();
    if (ended > 0) {
      log.info("Checkout session {} paid", sessionId);
    }
  }

  private static CheckoutSession session(ResultSet rs, int row) throws SQLException {
    return new CheckoutSession(rs.getObject("id", UUID.class), rs.getObject("invoice_id", UUID.class),
        rs.getString("number"), rs.getString("description"),
        new Money(rs.getBigDecimal("amount"), rs.getString("currency")), rs.getString("status"),
        rs.getTimestamp("expires_at").toInstant());
  }
}
