package org.pmc.ordering.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.pmc.ordering.internal.ShipmentView;
import org.pmc.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Shipments of kits, plaques and plates to a location, for every order type (R-ABTK-13..15, R-PLQ-1). */
@Service
public class Shipments {

  private final JdbcClient jdbc;
  private final Clock clock;

  Shipments(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A PENDING shipment in the caller's transaction. */
  public void ship(UUID organizationId, UUID locationId, UUID orderId, String kind, String items) {
    jdbc.sql("""
        insert into shipment (id, organization_id, location_id, order_id, kind, items, status, created_at)
        values (?, ?, ?, ?, ?, ?, 'PENDING', ?)""")
        .params(UUID.randomUUID(), organizationId, locationId, orderId, kind, items, Timestamp.from(clock.instant()))
        .update();
  }

  /** Issue 14: one page, oldest first. */
  @Transactional(readOnly = true)
  public Page<ShipmentView> shipments(UUID organizationId, Pageable pageable) {
    return Paging.query(jdbc, """
        select id, kind, location_id, order_id, items, status, created_at from shipment
        where organization_id = ?""", "order by created_at, kind, id",
        (rs, row) -> new ShipmentView(rs.getObject("id", UUID.class), rs.getString("kind"),
            rs.getObject("location_id", UUID.class), rs.getObject("order_id", UUID.class), rs.getString("items"),
            rs.getString("status"), rs.getTimestamp("created_at").toInstant()),
        pageable, organizationId);
  }
}
