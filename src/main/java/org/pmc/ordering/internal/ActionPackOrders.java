package org.pmc.ordering.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.pmc.activity.ActivityLog;
import org.pmc.ordering.internal.ActionPackOrderView;
import org.pmc.organization.AnniversaryExtended;
import org.pmc.organization.MembershipLevel;
import org.pmc.membership.ProgramAgreements;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.ForbiddenByRule;
import org.pmc.web.NotFound;
import org.pmc.web.Paging;
import org.pmc.web.PortalUser;
import org.pmc.web.Role;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Action Pack subscription (R-MEM-1): a Network member orders it for 475.00 USD a year in the HQ's
 * currency, pays the invoice, and is at level ACTION_PACK (with its software benefits) until the anniversary;
 * in the re-enrollment window an Action Pack member renews it for the next program year (R-MEM-2, R-MEM-3).
 * The level is stored on the organization; competencies only ever raise it (to SILVER or GOLD, above
 * ACTION_PACK), so nothing lowers it before the subscription ends here.
 */
@Service
public class ActionPackOrders {

  static final String PROCESS = "action-pack-order";
  /** R-MEM-1: the yearly fee. */
  static final BigDecimal YEARLY_FEE_USD = new BigDecimal("475.00");
  private static final String TABLE = "action_pack_order";

  private final JdbcClient jdbc;
  private final OrganizationService organizations;
  private final OrderingProperties rates;
  private final Invoices invoices;
  private final OrderProcesses processes;
  private final OrderStatusChanges statuses;
  private final ActivityLog activity;
  private final Clock clock;
  private final ProgramAgreements agreements;

  ActionPackOrders(JdbcClient jdbc, OrganizationService organizations, OrderingProperties rates, Invoices invoices,
      OrderProcesses processes, OrderStatusChanges statuses, ActivityLog activity, Clock clock,
      ProgramAgreements agreements) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.rates = rates;
    this.invoices = invoices;
    this.processes = processes;
    this.statuses = statuses;
    this.activity = activity;
    this.clock = clock;
    this.agreements = agreements;
  }

  /**
   * A global admin only (R-ROLE-4, 403). The program year it is for (409 when none: see
   * {@link #programYearEnd}); of two orders for the same program year, even simultaneous, the unique index lets
   * one through (R-MEM-1, 409). Order, invoice and {@code action-pack-order} instance commit together.
   */
  @Transactional
  public ActionPackOrderView place(UUID organizationId, PortalUser user) {
    if (user.role() != Role.GLOBAL_ADMIN) {
      throw new ForbiddenByRule("R-ROLE-4", "Only a global admin may order the Action Pack for the organization");
    }
    agreements.checkOrdersAllowed(organizationId); // R-MEM-6
    OrganizationView organization = organizations.organization(organizationId);
    LocalDate programYearEnd = programYearEnd(organization);
    Money price = rates.fromUsd(YEARLY_FEE_USD,
        organizations.location(organizationId, organization.hqLocationId()).currency());
    UUID orderId = UUID.randomUUID();
    try {
      jdbc.sql("""
          insert into action_pack_order (id, organization_id, status, price_amount, price_currency, program_year_end,
            created_at) values (?, ?, 'AWAITING_PAYMENT', ?, ?, ?, ?)""")
          .params(orderId, organizationId, price.amount(), price.currency(), programYearEnd,
              Timestamp.from(clock.instant()))
          .update();
    } catch (DuplicateKeyException e) {
      throw new BusinessRuleViolation("R-MEM-1",
          "This organization already has an Action Pack order for the program year ending " + programYearEnd);
    }
    String description = "Action Pack subscription until " + programYearEnd;
    var invoice = invoices.open(organizationId, OrderType.ACTION_PACK, orderId, price, description);
    processes.start(PROCESS, orderId, organizationId, "Action Pack order: program year until " + programYearEnd,
        invoice.dueDate());
    activity.record(organizationId, "ACTION_PACK_ORDERED", "ACTION_PACK_ORDER", orderId, description + " ordered, "
        + price.amount().toPlainString() + " " + price.currency() + " due " + invoice.dueDate());
    return order(organizationId, orderId);
  }

  /**
   * R-MEM-1: a Network member subscribes for the program year running now. R-MEM-2, R-MEM-3: an Action Pack
   * member renews in the re-enrollment window, for the next program year; before the window it is too early.
   */
  private LocalDate programYearEnd(OrganizationView organization) {
    MembershipLevel level = organization.membershipLevel();
    if (level == MembershipLevel.NETWORK) {
      return organization.anniversaryDate();
    }
    if (level != MembershipLevel.ACTION_PACK) {
      throw new BusinessRuleViolation("R-MEM-1", "Action Pack is for Network members; this organization is at "
          + level);
    }
    if (!renewable(organization)) {
      throw new BusinessRuleViolation("R-MEM-3", "Action Pack is renewed in the re-enrollment window, from "
          + organization.reenrollmentWindowStart() + " until the anniversary " + organization.anniversaryDate());
    }
    return organization.anniversaryDate().plusYears(1);
  }

  /** R-MEM-3: an Action Pack member inside the re-enrollment window may renew now. */
  public boolean renewable(OrganizationView organization) {
    return organization.membershipLevel() == MembershipLevel.ACTION_PACK
        && organization.inReenrollmentWindow(LocalDate.now(clock));
  }

  /** Issue 14: one page, oldest first. */
  @Transactional(readOnly = true)
  public Page<ActionPackOrderView> orders(UUID organizationId, Pageable pageable) {
    return Paging.query(jdbc, SELECT + " where o.organization_id = ?", "order by o.created_at, o.id",
        ActionPackOrders::view, pageable, organizationId);
  }

  @Transactional(readOnly = true)
  public ActionPackOrderView order(UUID organizationId, UUID orderId) {
    return jdbc.sql(SELECT + " where o.organization_id = ? and o.id = ?").params(organizationId, orderId)
        .query(ActionPackOrders::view).optional().orElseThrow(() -> new NotFound("Action Pack order", orderId));
  }

  /**
   * "Activate Action Pack": a paid order becomes ACTIVE and a Network member's level ACTION_PACK (a level
   * risen meanwhile with a competency stays). Returns the anniversary the order runs until; an order that
   * was not PAID is left as it is, and its end changes nothing.
   */
  @Transactional
  public LocalDate activate(UUID orderId) {
    ActionPackOrderView order = find(orderId).orElseThrow(() -> new NotFound("Action Pack order", orderId));
    if (statuses.move(TABLE, orderId, "PAID", "ACTIVE")) {
      UUID organizationId = organizationOf(orderId);
      if (organizations.organization(organizationId).membershipLevel() == MembershipLevel.NETWORK) {
        organizations.changeMembership(organizationId, MembershipLevel.ACTION_PACK, null);
      }
      activity.record(organizationId, "ACTION_PACK_ACTIVATED", "ACTION_PACK_ORDER", orderId,
          "Action Pack active until " + order.programYearEnd());
    }
    return order.programYearEnd();
  }

  /**
   * At the anniversary the subscription ends: the order EXPIRED, and an organization still at ACTION_PACK goes
   * back to NETWORK. Returns the new end when the anniversary was extended meanwhile (wait for it), else empty.
   */
  @Transactional
  public Optional<LocalDate> end(UUID orderId) {
    Optional<ActionPackOrderView> found = find(orderId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    if (found.get().programYearEnd().isAfter(LocalDate.now(clock))) {
      return Optional.of(found.get().programYearEnd());
    }
    if (!statuses.move(TABLE, orderId, "ACTIVE", "EXPIRED")) {
      return Optional.empty();
    }
    UUID organizationId = organizationOf(orderId);
    if (organizations.organization(organizationId).membershipLevel() == MembershipLevel.ACTION_PACK
        && !renewedBeyond(organizationId, found.get().programYearEnd())) {
      organizations.changeMembership(organizationId, MembershipLevel.NETWORK, null);
    }
    activity.record(organizationId, "ACTION_PACK_EXPIRED", "ACTION_PACK_ORDER", orderId,
        "Action Pack ended at the anniversary " + found.get().programYearEnd());
    return Optional.empty();
  }

  /** R-MEM-2: a renewal for a later program year is paid (or already running): the level stays. */
  private boolean renewedBeyond(UUID organizationId, LocalDate programYearEnd) {
    return jdbc.sql("""
        select count(*) from action_pack_order
        where organization_id = ? and program_year_end > ? and status in ('PAID', 'ACTIVE')""")
        .params(organizationId, programYearEnd).query(Long.class).single() > 0;
  }

  /**
   * R-MEM-4: an extended anniversary extends the subscriptions of the program year it ends, and a renewal's
   * next program year with it (moved first, so that the two never share an end, not even for a moment).
   */
  @EventListener
  void anniversaryExtended(AnniversaryExtended extended) {
    moveEnd(extended.organizationId(), extended.oldDate().plusYears(1), extended.newDate().plusYears(1));
    moveEnd(extended.organizationId(), extended.oldDate(), extended.newDate());
  }

  private void moveEnd(UUID organizationId, LocalDate from, LocalDate to) {
    jdbc.sql("""
        update action_pack_order set program_year_end = ?, version = version + 1
        where organization_id = ? and program_year_end = ? and status <> 'CANCELLED'""")
        .params(to, organizationId, from).update();
  }

  private Optional<ActionPackOrderView> find(UUID orderId) {
    return jdbc.sql(SELECT + " where o.id = ?").param(orderId).query(ActionPackOrders::view).optional();
  }

  private UUID organizationOf(UUID orderId) {
    return statuses.organizationOf(TABLE, orderId).orElseThrow();
  }

  private static final String SELECT = """
      select o.id, o.status, o.price_amount, o.price_currency, o.program_year_end, o.created_at,
        (select i.id from invoice i where i.order_id = o.id order by i.created_at limit 1) invoice_id
      from action_pack_order o""";

  private static ActionPackOrderView view(ResultSet rs, int row) throws SQLException {
    return new ActionPackOrderView(rs.getObject("id", UUID.class), rs.getString("status"),
        rs.getObject("invoice_id", UUID.class), new Money(rs.getBigDecimal("price_amount"),
        rs.getString("price_currency")), rs.getObject("program_year_end", LocalDate.class),
        rs.getTimestamp("created_at").toInstant());
  }
}
