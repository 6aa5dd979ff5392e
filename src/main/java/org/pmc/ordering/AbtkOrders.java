package org.pmc.ordering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pmc.activity.ActivityLog;
import org.pmc.competency.CompetencyStanding;
import org.pmc.competency.CompetencySummary;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.people.AdminScope;
import org.pmc.people.PortalUser;
import org.pmc.people.Role;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.ForbiddenByRule;
import org.pmc.web.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ABTK orders (R-ABTK-1..8, R-ABTK-15, R-ABTK-16): placing one (order, invoice and process in one
 * transaction), and the steps of the {@code abtk-order} process that change them (fulfil, cancel).
 */
@Service
public class AbtkOrders {

  private static final Logger log = LoggerFactory.getLogger(AbtkOrders.class);

  private final JdbcClient jdbc;
  private final OrganizationService organizations;
  private final CompetencyStanding competencies;
  private final AdminScope adminScope;
  private final AbtkEligibility eligibility;
  private final AbtkPrices prices;
  private final AbtkOrderProcess process;
  private final Invoices invoices;
  private final Shipments shipments;
  private final ActivityLog activity;
  private final Clock clock;

  AbtkOrders(JdbcClient jdbc, OrganizationService organizations, CompetencyStanding competencies,
      AdminScope adminScope, AbtkEligibility eligibility, AbtkPrices prices, AbtkOrderProcess process,
      Invoices invoices, Shipments shipments, ActivityLog activity, Clock clock) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.competencies = competencies;
    this.adminScope = adminScope;
    this.eligibility = eligibility;
    this.prices = prices;
    this.process = process;
    this.invoices = invoices;
    this.shipments = shipments;
    this.activity = activity;
    this.clock = clock;
  }

  /**
   * R-ABTK-8 first (global admin any location, location admin only theirs), then the decision
   * {@code abtk-eligibility} with R-ABTK-3 worked out from the location's orders. The order, its invoice
   * (OPEN, due in 30 days) and the {@code abtk-order} instance commit together; of two simultaneous orders
   * the unique index lets exactly one through, the other is refused with R-ABTK-3.
   */
  @Transactional
  public AbtkOrderView place(UUID organizationId, PortalUser user, NewAbtkOrder request) {
    OrganizationView organization = organizations.organization(organizationId);
    LocationView location = organizations.location(organizationId, request.locationId());
    if (user.role() == Role.MEMBER
        || user.role() == Role.LOCATION_ADMIN && !adminScope.administers(user, location.id())) {
      throw new ForbiddenByRule("R-ABTK-8",
          "A global admin may order for any location; a location admin only for the locations they manage");
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate programYearEnd = organization.anniversaryDate();
    List<CompetencySummary> held = competencies.summary(organizationId, Optional.empty());
    EligibilityInputs inputs = EligibilityInputs.of(organization, organizations.locations(organizationId), held,
        location.id(), request.level(), today).withAbtkThisYear(hasAbtk(location.id(), programYearEnd));
    AbtkEligibility.Decision decision = eligibility.decide(inputs);
    if (!decision.eligible()) {
      throw new BusinessRuleViolation(decision.rule(), "This location may not order a " + request.level()
          + " ABTK now (" + decision.rule() + ")");
    }
    Money price = prices.price(request.level(), location.currency());
    UUID orderId = UUID.randomUUID();
    Instant now = clock.instant();
    try {
      jdbc.sql("""
          insert into abtk_order (id, organization_id, location_id, level, kind, status, price_amount,
            price_currency, program_year_end, created_at)
          values (?, ?, ?, ?, 'ORDER', 'AWAITING_PAYMENT', ?, ?, ?, ?)""")
          .params(orderId, organizationId, location.id(), request.level().name(), price.amount(), price.currency(),
              programYearEnd, Timestamp.from(now))
          .update();
    } catch (DuplicateKeyException e) {
      throw new BusinessRuleViolation("R-ABTK-3", "This location already has an ABTK for this program year");
    }
    LocalDate dueDate = invoices.open(organizationId, OrderType.ABTK, orderId, price,
        request.level() + " ABTK for " + location.name()).dueDate();
    process.start(orderId, dueDate);
    activity.record(organizationId, "ABTK_ORDERED", "ABTK_ORDER", orderId,
        request.level() + " ABTK ordered for " + location.name() + ", " + price.amount().toPlainString() + " "
            + price.currency() + " due " + dueDate);
    return order(organizationId, orderId);
  }

  /** R-ABTK-3: a non-cancelled ABTK order of this location in this program year. */
  boolean hasAbtk(UUID locationId, LocalDate programYearEnd) {
    return jdbc.sql("""
        select count(*) from abtk_order where location_id = ? and program_year_end = ? and kind = 'ORDER'
        and status <> 'CANCELLED'""").params(locationId, programYearEnd).query(Long.class).single() > 0;
  }

  @Transactional(readOnly = true)
  public List<AbtkOrderView> orders(UUID organizationId) {
    return jdbc.sql(ORDER_SELECT + " where o.organization_id = ? order by o.created_at")
        .param(organizationId).query(AbtkOrders::orderView).list();
  }

  @Transactional(readOnly = true)
  public AbtkOrderView order(UUID organizationId, UUID orderId) {
    return jdbc.sql(ORDER_SELECT + " where o.organization_id = ? and o.id = ?").params(organizationId, orderId)
        .query(AbtkOrders::orderView).optional().orElseThrow(() -> new NotFound("ABTK order", orderId));
  }

  /**
   * R-ABTK-15: a paid order is fulfilled once: a Welcome Kit and the competency kit of every competency
   * ACTIVE_EARNED or ACTIVE_PRE_APPROVED at the location. Run again (a retried job), it ships nothing.
   */
  @Transactional
  public void fulfil(UUID orderId) {
    Optional<Row> found = row(orderId);
    if (found.isEmpty()) {
      return;
    }
    Row order = found.get();
    int changed = jdbc.sql("""
        update abtk_order set status = 'FULFILLED', version = version + 1 where id = ? and status = 'PAID'""")
        .param(orderId).update();
    if (changed == 0) {
      log.info("ABTK order {} is {}, not PAID: nothing to fulfil", orderId, order.status());
      return;
    }
    ship(order, "WELCOME_KIT", "Welcome Kit (" + order.level() + " ABTK): license codes and other items "
        + "that cannot be downloaded");
    competencies.summary(order.organizationId(), Optional.of(order.locationId())).stream()
        .filter(competency -> competency.locationId().equals(order.locationId()))
        .filter(competency -> competency.status().active())
        .forEach(competency -> ship(order, "COMPETENCY_KIT", "Competency kit: " + competency.competency().name()));
    activity.record(order.organizationId(), "ABTK_FULFILLED", "ABTK_ORDER", orderId,
        order.level() + " ABTK fulfilled: kits shipped");
  }

  /** Due date passed unpaid: the order and its open invoice are cancelled. A paid order is left alone. */
  @Transactional
  public void cancelUnpaid(UUID orderId) {
    Optional<Row> found = row(orderId);
    if (found.isEmpty()) {
      return;
    }
    int changed = jdbc.sql("""
        update abtk_order set status = 'CANCELLED', version = version + 1
        where id = ? and status = 'AWAITING_PAYMENT'""").param(orderId).update();
    if (changed == 0) {
      return;
    }
    invoices.cancelOpen(orderId);
    activity.record(found.get().organizationId(), "ABTK_CANCELLED", "ABTK_ORDER", orderId,
        "ABTK order cancelled: the invoice was not paid by its due date");
  }

  private void ship(Row order, String kind, String items) {
    shipments.ship(order.organizationId(), order.locationId(), order.id(), kind, items);
  }

  /** The invoice of an ABTK order is paid: the order is PAID in the same transaction, ready to fulfil. */
  @EventListener
  void paid(InvoicePaid paid) {
    if (paid.orderType() == OrderType.ABTK) {
      jdbc.sql("""
          update abtk_order set status = 'PAID', version = version + 1 where id = ? and status = 'AWAITING_PAYMENT'""")
          .param(paid.orderId()).update();
    }
  }

  record Row(UUID id, UUID organizationId, UUID locationId, String level, String status) {}

  Optional<Row> row(UUID orderId) {
    return jdbc.sql("select id, organization_id, location_id, level, status from abtk_order where id = ?")
        .param(orderId)
        .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
            rs.getObject("location_id", UUID.class), rs.getString("level"), rs.getString("status")))
        .optional();
  }

  private static final String ORDER_SELECT = """
      select o.id, o.location_id, o.level, o.kind, o.status, o.price_amount, o.price_currency, o.program_year_end,
        o.created_at, (select i.id from invoice i where i.order_id = o.id order by i.created_at limit 1) invoice_id
      from abtk_order o""";

  private static AbtkOrderView orderView(ResultSet rs, int row) throws SQLException {
    return new AbtkOrderView(rs.getObject("id", UUID.class), rs.getObject("location_id", UUID.class),
        rs.getString("level"), rs.getString("kind"), rs.getString("status"), rs.getObject("invoice_id", UUID.class),
        new Money(rs.getBigDecimal("price_amount"), rs.getString("price_currency")),
        rs.getObject("program_year_end", LocalDate.class), rs.getTimestamp("created_at").toInstant());
  }
}
