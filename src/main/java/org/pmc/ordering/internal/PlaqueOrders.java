package org.pmc.ordering.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pmc.activity.ActivityLog;
import org.pmc.competency.Competency;
import org.pmc.ordering.internal.Invoices;
import org.pmc.ordering.internal.Money;
import org.pmc.ordering.internal.NewPlaqueOrder;
import org.pmc.ordering.internal.OrderProcesses;
import org.pmc.ordering.internal.OrderStatusChanges;
import org.pmc.ordering.internal.OrderType;
import org.pmc.ordering.internal.PlaqueKind;
import org.pmc.ordering.internal.PlaqueOffer;
import org.pmc.ordering.internal.PlaqueOffers;
import org.pmc.ordering.internal.PlaqueOrderView;
import org.pmc.membership.ProgramAgreements;
import org.pmc.organization.OrganizationService;
import org.pmc.people.AdminScope;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.ForbiddenByRule;
import org.pmc.web.InvalidField;
import org.pmc.web.NotFound;
import org.pmc.web.Paging;
import org.pmc.web.PortalUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders of plates and plaques (R-PLQ-1, R-PLQ-2; R-ABTK-20: only for a location with a postal address): placed
 * (order, invoice and {@code plaque-order} instance in one transaction), paid and shipped; cancelled unpaid by
 * {@link OrderCancellations}.
 */
@Service
public class PlaqueOrders {

  static final String PROCESS = "plaque-order";
  private static final String TABLE = "plaque_order";

  private final JdbcClient jdbc;
  private final OrganizationService organizations;
  private final AdminScope adminScope;
  private final PlaqueOffers offers;
  private final Invoices invoices;
  private final Shipments shipments;
  private final OrderProcesses processes;
  private final OrderStatusChanges statuses;
  private final ActivityLog activity;
  private final Clock clock;
  private final ProgramAgreements agreements;

  PlaqueOrders(JdbcClient jdbc, OrganizationService organizations, AdminScope adminScope, PlaqueOffers offers,
      Invoices invoices, Shipments shipments, OrderProcesses processes, OrderStatusChanges statuses,
      ActivityLog activity, Clock clock, ProgramAgreements agreements) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.adminScope = adminScope;
    this.offers = offers;
    this.invoices = invoices;
    this.shipments = shipments;
    this.processes = processes;
    this.statuses = statuses;
    this.activity = activity;
    this.clock = clock;
    this.agreements = agreements;
  }

  /**
   * Each item is checked (400 naming the field), then who orders (R-ROLE-4: a global admin for any location, a
   * location admin for theirs, 403), then R-PLQ-1 (a plaque only for a competency ACTIVE_EARNED at that
   * location, 409). The items of one order share one currency: they are paid with one invoice.
   */
  @Transactional
  public PlaqueOrderView place(UUID organizationId, PortalUser user, NewPlaqueOrder request) {
    List<PlaqueOffer> available = offers.offers(organizationId);
    List<PlaqueOffer> lines = new ArrayList<>();
    for (int i = 0; i < request.items().size(); i++) {
      lines.add(line(organizationId, user, request.items().get(i), "items[" + i + "]", available));
    }
    agreements.checkOrdersAllowed(organizationId); // R-MEM-6
    String currency = lines.get(0).price().currency();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).price().currency().equals(currency)) {
        throw new InvalidField("items[" + i + "].locationId", "is priced in " + lines.get(i).price().currency()
            + ", the first item in " + currency + ": order for locations of another currency separately");
      }
    }
    Money total = new Money(lines.stream().map(line -> line.price().amount()).reduce(BigDecimal.ZERO,
        BigDecimal::add), currency);
    UUID orderId = UUID.randomUUID();
    jdbc.sql("""
        insert into plaque_order (id, organization_id, status, price_amount, price_currency, created_at)
        values (?, ?, 'AWAITING_PAYMENT', ?, ?, ?)""")
        .params(orderId, organizationId, total.amount(), currency, Timestamp.from(clock.instant())).update();
    for (int i = 0; i < lines.size(); i++) {
      PlaqueOffer line = lines.get(i);
      jdbc.sql("""
          insert into plaque_order_item (order_id, position, kind, competency, location_id, price_amount,
            price_currency) values (?, ?, ?, ?, ?, ?, ?)""")
          .params(orderId, i, line.kind().name(), line.competency() == null ? null : line.competency().name(),
              line.locationId(), line.price().amount(), currency)
          .update();
    }
    String description = describe(lines);
    var invoice = invoices.open(organizationId, OrderType.PLAQUE, orderId, total, description);
    processes.start(PROCESS, orderId, organizationId, "Plaque order: " + description, invoice.dueDate());
    activity.record(organizationId, "PLAQUES_ORDERED", "PLAQUE_ORDER", orderId, description + " ordered, "
        + total.amount().toPlainString() + " " + currency + " due " + invoice.dueDate());
    return order(organizationId, orderId);
  }

  private PlaqueOffer line(UUID organizationId, PortalUser user, NewPlaqueOrder.Item item, String field,
      List<PlaqueOffer> available) {
    var location = organizations.activeLocation(organizationId, item.locationId(), field + ".locationId");
    // R-ROLE-4 before the item's fields: who may not order here learns nothing more than that.
    if (!adminScope.administers(user, location.id())) {
      throw new ForbiddenByRule("R-ROLE-4",
          "A global admin may order for any location; a location admin only for the locations they manage");
    }
    if (item.kind() == PlaqueKind.PLAQUE && item.competency() == null) {
      throw new InvalidField(field + ".competency", "is required for a plaque");
    }
    if (item.kind() == PlaqueKind.PLATE && item.competency() != null) {
      throw new InvalidField(field + ".competency", "must be empty: a plate shows the membership");
    }
    PlaqueOffer offer = available.stream()
        .filter(each -> each.locationId().equals(location.id()) && each.kind() == item.kind()
            && each.competency() == item.competency())
        .findFirst()
        .orElseThrow(() -> new BusinessRuleViolation("R-PLQ-1", "A plaque is only for a competency "
            + "ACTIVE_EARNED at the location; " + location.name() + " has not earned " + item.competency().title()));
    Shipments.requireAddress(location);
    return offer;
  }

  /** What the invoice is for, in words: "1 plate and 2 plaques". */
  private static String describe(List<PlaqueOffer> lines) {
    long plates = lines.stream().filter(line -> line.kind() == PlaqueKind.PLATE).count();
    long plaques = lines.size() - plates;
    return Stream.of(count(plates, "plate"), count(plaques, "plaque"))
        .filter(words -> !words.isEmpty()).collect(Collectors.joining(" and "));
  }

  private static String count(long n, String thing) {
    return n == 0 ? "" : n + " " + thing + (n == 1 ? "" : "s");
  }

  /**
   * Issue 14: one page, oldest first, in three statements whatever its size: the orders, their total, and the
   * items of all of them at once (no query per order).
   */
  @Transactional(readOnly = true)
  public Page<PlaqueOrderView> orders(UUID organizationId, Pageable pageable) {
    Page<PlaqueOrderView> page = Paging.query(jdbc, ORDER_SELECT + " where o.organization_id = ?",
        "order by o.created_at, o.id", (rs, n) -> orderView(rs, List.of()), pageable, organizationId);
    Map<UUID, List<PlaqueOrderView.Item>> items = itemsOf(page.map(PlaqueOrderView::id).getContent());
    return page.map(order -> order.withItems(items.getOrDefault(order.id(), List.of())));
  }

  @Transactional(readOnly = true)
  public PlaqueOrderView order(UUID organizationId, UUID orderId) {
    return jdbc.sql(ORDER_SELECT + " where o.organization_id = ? and o.id = ?")
        .params(organizationId, orderId)
        .query((rs, n) -> orderView(rs, items(orderId)))
        .optional().orElseThrow(() -> new NotFound("Plaque order", orderId));
  }

  private static final String ORDER_SELECT = """
      select o.id, o.status, o.price_amount, o.price_currency, o.created_at,
        (select i.id from invoice i where i.order_id = o.id order by i.created_at limit 1) invoice_id
      from plaque_order o""";

  private static PlaqueOrderView orderView(ResultSet rs, List<PlaqueOrderView.Item> items) throws SQLException {
    return new PlaqueOrderView(rs.getObject("id", UUID.class), rs.getString("status"),
        rs.getObject("invoice_id", UUID.class), new Money(rs.getBigDecimal("price_amount"),
        rs.getString("price_currency")), items, rs.getTimestamp("created_at").toInstant());
  }

  private List<PlaqueOrderView.Item> items(UUID orderId) {
    return itemsOf(List.of(orderId)).getOrDefault(orderId, List.of());
  }

  /** The items of these orders, each order's in its own order, in one statement. */
  private Map<UUID, List<PlaqueOrderView.Item>> itemsOf(List<UUID> orderIds) {
    if (orderIds.isEmpty()) {
      return Map.of();
    }
    Map<UUID, List<PlaqueOrderView.Item>> byOrder = new HashMap<>();
    jdbc.sql("""
        select order_id, kind, competency, location_id, price_amount, price_currency from plaque_order_item
        where order_id in (:orders) order by order_id, position""").param("orders", orderIds)
        .query(rs -> {
          byOrder.computeIfAbsent(rs.getObject("order_id", UUID.class), id -> new ArrayList<>())
              .add(new PlaqueOrderView.Item(PlaqueKind.valueOf(rs.getString("kind")),
                  rs.getString("competency") == null ? null : Competency.valueOf(rs.getString("competency")),
                  rs.getObject("location_id", UUID.class),
                  new Money(rs.getBigDecimal("price_amount"), rs.getString("price_currency"))));
        });
    return byOrder;
  }

  /** "Ship the plaques": a paid order ships one PLATE or PLAQUE shipment per item, once. */
  @Transactional
  public void ship(UUID orderId) {
    Optional<UUID> organizationId = statuses.organizationOf(TABLE, orderId);
    if (organizationId.isEmpty() || !statuses.move(TABLE, orderId, "PAID", "FULFILLED")) {
      return;
    }
    for (PlaqueOrderView.Item item : items(orderId)) {
      shipments.ship(organizationId.get(), item.locationId(), orderId, item.kind().name(),
          item.kind() == PlaqueKind.PLATE ? "Partner Network membership plate"
              : "Competency plaque: " + item.competency().title());
    }
    activity.record(organizationId.get(), "PLAQUES_SHIPPED", "PLAQUE_ORDER", orderId,
        "Plates and plaques shipped");
  }
}
