package org.pmc.ordering.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pmc.activity.ActivityLog;
import org.pmc.competency.CompetencyLevel;
import org.pmc.competency.CompetencyStanding;
import org.pmc.competency.CompetencySummary;
import org.pmc.ordering.internal.AbtkEligibility;
import org.pmc.ordering.internal.AbtkFulfilment;
import org.pmc.ordering.internal.AbtkOrderProcess;
import org.pmc.ordering.internal.AbtkOrderView;
import org.pmc.organization.LocationView;
import org.pmc.membership.ProgramAgreements;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.people.AdminScope;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.ForbiddenByRule;
import org.pmc.web.NotFound;
import org.pmc.web.Paging;
import org.pmc.web.PortalUser;
import org.pmc.web.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ABTK orders and upgrades (R-ABTK-1..9, R-ABTK-12, R-ABTK-16, R-ABTK-20): placing one (order, invoice and process
 * in one transaction); {@link OrderCancellations} cancels it unpaid. {@link AbtkFulfilment} does what follows payment.
 */
@Service
public class AbtkOrders {

  private final JdbcClient jdbc;
  private final OrganizationService organizations;
  private final CompetencyStanding competencies;
  private final AdminScope adminScope;
  private final AbtkEligibility eligibility;
  private final AbtkPrices prices;
  private final AbtkOrderProcess process;
  private final Invoices invoices;
  private final ActivityLog activity;
  private final Clock clock;
  private final ProgramAgreements agreements;

  AbtkOrders(JdbcClient jdbc, OrganizationService organizations, CompetencyStanding competencies,
      AdminScope adminScope, AbtkEligibility eligibility, AbtkPrices prices, AbtkOrderProcess process,
      Invoices invoices, ActivityLog activity, Clock clock, ProgramAgreements agreements) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.competencies = competencies;
    this.adminScope = adminScope;
    this.eligibility = eligibility;
    this.prices = prices;
    this.process = process;
    this.invoices = invoices;
    this.activity = activity;
    this.clock = clock;
    this.agreements = agreements;
  }

  /**
   * R-ABTK-8 first (global admin any location, location admin only theirs), then the decision
   * {@code abtk-eligibility} with R-ABTK-3 worked out from the location's orders. The order, its invoice
   * (OPEN, due in 30 days) and the {@code abtk-order} instance commit together; of two simultaneous orders
   * the unique index lets exactly one through, the other is refused with R-ABTK-3. R-ABTK-7: ordered after
   * re-enrollment, it runs to the end of the new program year at the full fee; R-ABTK-9: the anniversary
   * is read, never changed.
   */
  @Transactional
  public AbtkOrderView place(UUID organizationId, PortalUser user, NewAbtkOrder request) {
    OrganizationView organization = organizations.organization(organizationId);
    LocationView location = organizations.location(organizationId, request.locationId());
    authorize(user, location);
    agreements.checkOrdersAllowed(organizationId); // R-MEM-6
    LocalDate programYearEnd = organization.anniversaryDate();
    AbtkEligibility.Decision decision = decide(organization, location, request.level(),
        hasAbtk(location.id(), programYearEnd));
    if (!decision.eligible()) {
      throw new BusinessRuleViolation(decision.rule(), "This location may not order a " + request.level()
          + " ABTK now (" + decision.rule() + ")");
    }
    Shipments.requireAddress(location);
    Money price = prices.price(request.level(), location.currency());
    UUID orderId = open(new Opening(organizationId, location, request.level(), "ORDER", null, price,
        programYearEnd), "R-ABTK-3", "This location already has an ABTK for this program year");
    return order(organizationId, orderId);
  }

  /**
   * R-ABTK-12: a silver ABTK order that is neither cancelled nor expired is upgraded to gold once, when its
   * location qualifies for gold, for the gold price minus the silver price; R-ABTK-6: not inside the
   * re-enrollment window; R-ABTK-8 as for an order. The upgrade is an order of its own (kind UPGRADE) with
   * its invoice and {@code abtk-order} instance, in the silver order's program year (R-ABTK-9).
   */
  @Transactional
  public AbtkOrderView upgrade(UUID organizationId, PortalUser user, UUID silverOrderId) {
    Row silver = row(silverOrderId).filter(found -> found.organizationId().equals(organizationId))
        .orElseThrow(() -> new NotFound("ABTK order", silverOrderId));
    OrganizationView organization = organizations.organization(organizationId);
    LocationView location = organizations.location(organizationId, silver.locationId());
    authorize(user, location);
    agreements.checkOrdersAllowed(organizationId); // R-MEM-6
    if (!"ORDER".equals(silver.kind()) || !CompetencyLevel.SILVER.name().equals(silver.level())
        || Set.of("CANCELLED", "EXPIRED").contains(silver.status())) {
      throw new BusinessRuleViolation("R-ABTK-12", "Only a silver ABTK that is not cancelled or expired can be "
          + "upgraded; this one is " + silver.level() + " " + silver.kind() + " " + silver.status());
    }
    AbtkEligibility.Decision decision = decide(organization, location, CompetencyLevel.GOLD, false);
    if (!decision.eligible()) {
      String rule = "R-ABTK-6".equals(decision.rule()) ? decision.rule() : "R-ABTK-12";
      throw new BusinessRuleViolation(rule, "R-ABTK-6".equals(rule)
          ? "No ABTK upgrade can be ordered inside the re-enrollment window"
          : "The location does not qualify for gold: it needs an active gold competency of its own");
    }
    Shipments.requireAddress(location); // R-ABTK-20: an upgrade may ship an upgrade kit (R-ABTK-13)
    Money gold = prices.price(CompetencyLevel.GOLD, location.currency());
    Money price = new Money(gold.amount().subtract(prices.price(CompetencyLevel.SILVER, location.currency())
        .amount()), gold.currency());
    UUID orderId = open(new Opening(organizationId, location, CompetencyLevel.GOLD, "UPGRADE", silver.id(), price,
        silver.programYearEnd()), "R-ABTK-12", "This silver ABTK has already been upgraded");
    return order(organizationId, orderId);
  }

  /** What a new order or upgrade is made of. */
  private record Opening(UUID organizationId, LocationView location, CompetencyLevel level, String kind,
      UUID upgradeOf, Money price, LocalDate programYearEnd) {

    String description() {
      return ("UPGRADE".equals(kind) ? "Upgrade to GOLD ABTK for " : level + " ABTK for ") + location.name();
    }

    /** The order on the partner's requests page, e.g. "ABTK order: Gold for Berlin". */
    String title() {
      String levelName = level == CompetencyLevel.GOLD ? "Gold" : "Silver";
      return ("UPGRADE".equals(kind) ? "ABTK upgrade: Gold for " : "ABTK order: " + levelName + " for ")
          + location.name();
    }
  }

  /** The order row, its OPEN invoice and its process, in the caller's transaction. */
  private UUID open(Opening opening, String duplicateRule, String duplicateMessage) {
    UUID orderId = UUID.randomUUID();
    Money price = opening.price();
    try {
      jdbc.sql("""
          insert into abtk_order (id, organization_id, location_id, level, kind, status, price_amount,
            price_currency, program_year_end, upgrade_of, created_at)
          values (?, ?, ?, ?, ?, 'AWAITING_PAYMENT', ?, ?, ?, ?, ?)""")
          .params(orderId, opening.organizationId(), opening.location().id(), opening.level().name(),
              opening.kind(), price.amount(), price.currency(), opening.programYearEnd(), opening.upgradeOf(),
              Timestamp.from(clock.instant()))
          .update();
    } catch (DuplicateKeyException e) {
      throw new BusinessRuleViolation(duplicateRule, duplicateMessage);
    }
    LocalDate dueDate = invoices.open(opening.organizationId(), OrderType.ABTK, orderId, price,
        opening.description()).dueDate();
    process.start(orderId, opening.organizationId(), opening.title(), dueDate);
    activity.record(opening.organizationId(), "ABTK_ORDERED", "ABTK_ORDER", orderId, opening.description()
        + " ordered, " + price.amount().toPlainString() + " " + price.currency() + " due " + dueDate);
    return orderId;
  }

  /** R-ABTK-8: a global admin for any location, a location admin only for the locations they manage. */
  private void authorize(PortalUser user, LocationView location) {
    if (user.role() == Role.MEMBER
        || user.role() == Role.LOCATION_ADMIN && !adminScope.administers(user, location.id())) {
      throw new ForbiddenByRule("R-ABTK-8",
          "A global admin may order for any location; a location admin only for the locations they manage");
    }
  }

  private AbtkEligibility.Decision decide(OrganizationView organization, LocationView location,
      CompetencyLevel level, boolean hasAbtk) {
    List<CompetencySummary> held = competencies.summary(organization.id(), Optional.empty());
    return eligibility.decide(EligibilityInputs.of(organization, organizations.locations(organization.id()), held,
        location.id(), level, LocalDate.now(clock)).withAbtkThisYear(hasAbtk));
  }

  /** R-ABTK-3: a non-cancelled ABTK order of this location in this program year. */
  boolean hasAbtk(UUID locationId, LocalDate programYearEnd) {
    return jdbc.sql("""
        select count(*) from abtk_order where location_id = ? and program_year_end = ? and kind = 'ORDER'
        and status <> 'CANCELLED'""").params(locationId, programYearEnd).query(Long.class).single() > 0;
  }

  /** Issue 14: one page, oldest first. */
  @Transactional(readOnly = true)
  public Page<AbtkOrderView> orders(UUID organizationId, Pageable pageable) {
    return Paging.query(jdbc, ORDER_SELECT + " where o.organization_id = ?", "order by o.created_at, o.id",
        AbtkOrders::orderView, pageable, organizationId);
  }

  @Transactional(readOnly = true)
  public AbtkOrderView order(UUID organizationId, UUID orderId) {
    return jdbc.sql(ORDER_SELECT + " where o.organization_id = ? and o.id = ?").params(organizationId, orderId)
        .query(AbtkOrders::orderView).optional().orElseThrow(() -> new NotFound("ABTK order", orderId));
  }


  record Row(UUID id, UUID organizationId, UUID locationId, String level, String kind, String status,
      UUID upgradeOf, LocalDate programYearEnd) {

    boolean paid() {
      return "PAID".equals(status) || "FULFILLED".equals(status);
    }
  }

  Optional<Row> row(UUID orderId) {
    return jdbc.sql("""
        select id, organization_id, location_id, level, kind, status, upgrade_of, program_year_end
        from abtk_order where id = ?""")
        .param(orderId)
        .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
            rs.getObject("location_id", UUID.class), rs.getString("level"), rs.getString("kind"),
            rs.getString("status"), rs.getObject("upgrade_of", UUID.class),
            rs.getObject("program_year_end", LocalDate.class)))
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
