package org.pmc.ordering.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.pmc.activity.ActivityLog;
import org.pmc.ordering.internal.ShipmentView;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.PostalAddress;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.InvalidField;
import org.pmc.web.NotFound;
import org.pmc.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shipments of kits, plaques and plates to a location, for every order type (R-ABTK-13..15, R-PLQ-1), to the
 * location's postal address (R-ABTK-20). Each moves PREPARING, SHIPPED, DELIVERED with its {@code shipment}
 * process (business key: the shipment id).
 */
@Service
public class Shipments {

  static final String PROCESS = "shipment";
  /** The message that tells a shipment's process it was delivered (staff confirm it). */
  static final String DELIVERED = "shipmentDelivered";

  private final JdbcClient jdbc;
  private final OrganizationService organizations;
  private final RuntimeService runtime;
  private final ActivityLog activity;
  private final Clock clock;

  Shipments(JdbcClient jdbc, OrganizationService organizations, RuntimeService runtime, ActivityLog activity,
      Clock clock) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.runtime = runtime;
    this.activity = activity;
    this.clock = clock;
  }

  /**
   * R-ABTK-20: shipments go to the location's postal address, so what ships cannot be ordered for a location
   * without one. Checked when the order is placed, before anything is written.
   */
  static void requireAddress(LocationView location) {
    if (location.address() == null) {
      throw new BusinessRuleViolation("R-ABTK-20", location.name() + " has no postal address to ship to; an admin "
          + "of the location gives it one first (Manage Locations)");
    }
  }

  /**
   * A PREPARING shipment to the location's address as it is now (a later change does not move it), and its
   * process, in the caller's transaction.
   */
  public void ship(UUID organizationId, UUID locationId, UUID orderId, String kind, String items) {
    UUID id = UUID.randomUUID();
    LocationView location = organizations.location(organizationId, locationId);
    Optional<PostalAddress> to = Optional.ofNullable(location.address());
    jdbc.sql("""
        insert into shipment (id, organization_id, location_id, order_id, kind, items, status, created_at,
          address_line1, address_line2, address_city, address_postal_code, address_region, address_country)
        values (?, ?, ?, ?, ?, ?, 'PREPARING', ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, organizationId, locationId, orderId, kind, items, Timestamp.from(clock.instant()),
            to.map(PostalAddress::line1).orElse(null), to.map(PostalAddress::line2).orElse(null),
            to.map(PostalAddress::city).orElse(null), to.map(PostalAddress::postalCode).orElse(null),
            to.map(PostalAddress::region).orElse(null), to.map(PostalAddress::country).orElse(null))
        .update();
    // Tasklist's columns (organization, location) and the staff console link come from these; organizationId and
    // requestTitle also list the shipment on the partner's requests page (requests module).
    runtime.startProcessInstanceByKey(PROCESS, id.toString(), Map.of("shipmentId", id.toString(),
        "organizationId", organizationId.toString(),
        "requestTitle", "Shipment to " + location.name() + ": " + items,
        "organizationName", organizations.organization(organizationId).name(), "locationName", location.name()));
  }

  /** Billing sent it: SHIPPED with the carrier and its tracking number, once (a repeated step changes nothing). */
  @Transactional
  public void shipped(UUID shipmentId, String carrier, String trackingNumber) {
    String by = required(carrier, "carrier");
    String number = required(trackingNumber, "trackingNumber");
    int changed = jdbc.sql("""
        update shipment set status = 'SHIPPED', carrier = ?, tracking_number = ?, shipped_at = ?
        where id = ? and status = 'PREPARING'""")
        .params(by, number, Timestamp.from(clock.instant()), shipmentId).update();
    if (changed > 0) {
      ShipmentView shipment = shipment(shipmentId);
      activity.record(shipment.organizationId(), "SHIPMENT_SHIPPED", "SHIPMENT", shipmentId,
          shipment.items() + " shipped by " + by + ", tracking number " + number);
    }
  }

  /**
   * Staff confirm the delivery: DELIVERED, stored before the process hears it (architecture: the answer first).
   * Only a SHIPPED shipment can be delivered; confirming it again changes nothing.
   */
  @Transactional
  public ShipmentView delivered(UUID shipmentId) {
    ShipmentView shipment = shipment(shipmentId);
    if ("PREPARING".equals(shipment.status())) {
      throw new BusinessRuleViolation("R-ABTK-20", "The shipment has not been shipped yet");
    }
    if (jdbc.sql("update shipment set status = 'DELIVERED', delivered_at = ? where id = ? and status = 'SHIPPED'")
        .params(Timestamp.from(clock.instant()), shipmentId).update() > 0) {
      activity.record(shipment.organizationId(), "SHIPMENT_DELIVERED", "SHIPMENT", shipmentId,
          shipment.items() + " delivered");
    }
    return shipment(shipmentId);
  }

  /** Nobody confirmed the delivery in time: it stays SHIPPED, and the organization's log says so. */
  @Transactional
  public void deliveryNotConfirmed(UUID shipmentId) {
    ShipmentView shipment = shipment(shipmentId);
    activity.record(shipment.organizationId(), "SHIPMENT_DELIVERY_UNCONFIRMED", "SHIPMENT", shipmentId,
        shipment.items() + ": delivery not confirmed; tracking number " + shipment.trackingNumber());
  }

  /** Issue 14: one page, oldest first. */
  @Transactional(readOnly = true)
  public Page<ShipmentView> shipments(UUID organizationId, Pageable pageable) {
    return Paging.query(jdbc, SELECT + " where organization_id = ?", "order by created_at, kind, id",
        Shipments::view, pageable, organizationId);
  }

  @Transactional(readOnly = true)
  public ShipmentView shipment(UUID shipmentId) {
    return jdbc.sql(SELECT + " where id = ?").param(shipmentId).query(Shipments::view).optional()
        .orElseThrow(() -> new NotFound("Shipment", shipmentId));
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank() || value.length() > 100) {
      throw new InvalidField(field, "is required, at most 100 characters");
    }
    return value.trim();
  }

  private static final String SELECT = """
      select id, organization_id, kind, location_id, order_id, items, status, created_at, address_line1,
        address_line2, address_city, address_postal_code, address_region, address_country, carrier, tracking_number,
        shipped_at, delivered_at
      from shipment""";

  private static ShipmentView view(ResultSet rs, int row) throws SQLException {
    PostalAddress address = rs.getString("address_line1") == null ? null : new PostalAddress(
        rs.getString("address_line1"), rs.getString("address_line2"), rs.getString("address_city"),
        rs.getString("address_postal_code"), rs.getString("address_region"), rs.getString("address_country"));
    return new ShipmentView(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
        rs.getString("kind"), rs.getObject("location_id", UUID.class), rs.getObject("order_id", UUID.class),
        rs.getString("items"), address, rs.getString("status"), rs.getString("carrier"),
        rs.getString("tracking_number"), rs.getTimestamp("created_at").toInstant(), instant(rs, "shipped_at"),
        instant(rs, "delivered_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp at = rs.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }
}
