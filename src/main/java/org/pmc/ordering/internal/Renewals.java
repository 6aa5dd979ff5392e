package org.pmc.ordering.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.pmc.activity.ActivityLog;
import org.pmc.competency.ReEnrollmentOpened;
import org.pmc.organization.MembershipLapses;
import org.pmc.organization.MembershipLevel;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-MEM-5: the renewal of a competency partner's next program year. When the re-enrollment window opens the
 * organization is invoiced the yearly competency fee of its level (R-COMP-5), due on the anniversary, and the
 * {@code membership-renewal} process (business key: the renewal id, which is the invoice's order id) follows it:
 * paid, renewed; unpaid at the anniversary, 30 days of grace; unpaid after grace, the level lapses to NETWORK until
 * it is paid within the program year. Each status moves only from the expected ones, so a retried step or a late
 * payment changes nothing twice. An admin cancels it like any unpaid order ({@link OrderCancellations}, before the
 * anniversary): the level then falls at the anniversary. Action Pack members renew by ordering the Action Pack (R-MEM-1,
 * {@link ActionPackOrders}); Network members pay nothing.
 */
@Service
class Renewals {

  private static final Logger log = LoggerFactory.getLogger(Renewals.class);

  static final String PROCESS = "membership-renewal";
  /** R-MEM-5: days of grace after the anniversary, and the reminders 7 days before the due date and grace end. */
  static final int GRACE_DAYS = 30;
  static final int REMINDER_DAYS = 7;

  /** R-MEM-5, R-COMP-5: the yearly fee of each competency level, once per organization. */
  private static final Map<MembershipLevel, BigDecimal> FEE_USD = Map.of(
      MembershipLevel.SILVER, AbtkPrices.SILVER_FEE_USD,
      MembershipLevel.GOLD, AbtkPrices.GOLD_FEE_USD,
      MembershipLevel.GOLD_CLOUD, AbtkPrices.GOLD_FEE_USD);

  private static final Map<String, String> CHANGES = Map.of(
      "GRACE", "Renewal unpaid at the anniversary: 30 days of grace",
      "LAPSED", "Renewal unpaid: the membership level lapsed to NETWORK",
      "PAID", "Renewal paid: the next program year is renewed");

  private final JdbcClient jdbc;
  private final OrganizationService organizations;
  private final MembershipLapses lapses;
  private final OrderingProperties rates;
  private final Invoices invoices;
  private final RuntimeService runtime;
  private final ActivityLog activity;
  private final Clock clock;

  Renewals(JdbcClient jdbc, OrganizationService organizations, MembershipLapses lapses, OrderingProperties rates,
      Invoices invoices, RuntimeService runtime, ActivityLog activity, Clock clock) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.lapses = lapses;
    this.rates = rates;
    this.invoices = invoices;
    this.runtime = runtime;
    this.activity = activity;
    this.clock = clock;
  }

  /**
   * The window opened (in the job of competency-renewal): renewal, invoice and process commit together, once per
   * organization and anniversary (the unique key makes a retried job a no-op).
   */
  @EventListener
  @Transactional
  public void reEnrollmentOpened(ReEnrollmentOpened opened) {
    OrganizationView organization = organizations.organization(opened.organizationId());
    BigDecimal fee = FEE_USD.get(organization.membershipLevel());
    if (fee == null) {
      log.info("Organization {} at {} gets no renewal invoice", organization.id(), organization.membershipLevel());
      return;
    }
    UUID renewalId = UUID.randomUUID();
    int created = jdbc.sql("""
        insert into renewal (id, organization_id, program_year_end, level, status, created_at)
        values (?, ?, ?, ?, 'AWAITING_PAYMENT', ?) on conflict (organization_id, program_year_end) do nothing""")
        .params(renewalId, organization.id(), opened.anniversary(), organization.membershipLevel().name(),
            Timestamp.from(clock.instant()))
        .update();
    if (created == 0) {
      return;
    }
    Money price = rates.fromUsd(fee,
        organizations.location(organization.id(), organization.hqLocationId()).currency());
    String description = organization.membershipLevel() + " membership, program year from " + opened.anniversary();
    invoices.open(organization.id(), OrderType.RENEWAL, renewalId, price, description, opened.anniversary());
    Map<String, Object> variables = new HashMap<>(timeline(opened.anniversary()));
    variables.put("organizationId", organization.id().toString());
    // The partner's requests page lists the renewal under this title (requests module).
    variables.put("requestTitle", "Membership renewal " + opened.anniversary().getYear());
    runtime.startProcessInstanceByKey(PROCESS, renewalId.toString(), variables);
    activity.record(organization.id(), "RENEWAL_INVOICED", "RENEWAL", renewalId, description + " invoiced, "
        + price.amount().toPlainString() + " " + price.currency() + " due " + opened.anniversary());
  }

  /** The process's timer dates, at the start of each day (UTC). */
  private static Map<String, Object> timeline(LocalDate anniversary) {
    return Map.of(
        "reminderAt", OrderProcesses.startOf(anniversary.minusDays(REMINDER_DAYS)),
        "anniversaryAt", OrderProcesses.startOf(anniversary),
        "graceReminderAt", OrderProcesses.startOf(anniversary.plusDays(GRACE_DAYS - REMINDER_DAYS)),
        "graceEndsAt", OrderProcesses.startOf(anniversary.plusDays(GRACE_DAYS)),
        "programYearEndsAt", OrderProcesses.startOf(anniversary.plusYears(1)));
  }

  /** Unpaid at the anniversary: the grace period starts. Whether this call started it. */
  @Transactional
  public boolean startGrace(UUID renewalId) {
    return move(renewalId, "GRACE", "'AWAITING_PAYMENT'");
  }

  /** Unpaid after the grace period (or cancelled, at the anniversary): the level lapses to NETWORK. */
  @Transactional
  public boolean lapse(UUID renewalId) {
    boolean moved = move(renewalId, "LAPSED", "'AWAITING_PAYMENT', 'GRACE', 'CANCELLED'");
    if (moved) {
      lapses.lapse(organizationOf(renewalId));
    }
    return moved;
  }

  /** Paid (in time, in grace or after the lapse): renewed, and a lapsed level restored. */
  @Transactional
  public void renew(UUID renewalId) {
    if (move(renewalId, "PAID", "'AWAITING_PAYMENT', 'GRACE', 'LAPSED'")) {
      lapses.restore(organizationOf(renewalId));
    }
  }

  /** The program year ended unpaid: its invoice is cancelled (a payment now goes to billing review, for a refund). */
  @Transactional
  public void closeUnpaid(UUID renewalId) {
    invoices.cancelOpen(renewalId, Invoices.CancelReason.UNPAID, null);
  }

  /** Whether the renewal is in this status (a reminder is sent only while it still applies). */
  @Transactional(readOnly = true)
  public boolean in(UUID renewalId, String status) {
    return status.equals(jdbc.sql("select status from renewal where id = ?").param(renewalId).query(String.class)
        .single());
  }

  UUID organizationOf(UUID renewalId) {
    return jdbc.sql("select organization_id from renewal where id = ?").param(renewalId).query(UUID.class).single();
  }

  /** {@code from} is a constant list of quoted statuses, never input. */
  private boolean move(UUID renewalId, String to, String from) {
    boolean moved = jdbc.sql("update renewal set status = ?, version = version + 1 where id = ? and status in ("
        + from + ")").params(to, renewalId).update() == 1;
    if (moved) {
      activity.record(organizationOf(renewalId), "RENEWAL_" + to, "RENEWAL", renewalId, CHANGES.get(to));
      log.info("Renewal {} is {}", renewalId, to);
    }
    return moved;
  }
}
