package org.pmc.ordering;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pmc.ordering.internal.LocationBenefits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a location holds of benefits and ABTK orders, as sentences for the RSC and the partner before a
 * dissociation (R-LOC-5, R-LOC-9): the benefits end with the location; its orders stay, kept for history.
 */
@Service
public class LocationOrders {

  private final LocationBenefits benefits;
  private final JdbcClient jdbc;

  LocationOrders(LocationBenefits benefits, JdbcClient jdbc) {
    this.benefits = benefits;
    this.jdbc = jdbc;
  }

  /** "5 × Windows Enterprise (COMPETENCY)", one line per benefit the location holds now. */
  @Transactional(readOnly = true)
  public List<String> benefits(UUID organizationId, UUID locationId) {
    return benefits.all(organizationId, Optional.of(locationId)).stream()
        .map(benefit -> benefit.quantity() + " × " + benefit.title() + " (" + benefit.source() + ")")
        .toList();
  }

  /** "GOLD ORDER, PAID, program year ending 2027-06-30", one line per ABTK order of the location, newest first. */
  @Transactional(readOnly = true)
  public List<String> abtkOrders(UUID locationId) {
    return jdbc.sql("""
        select level, kind, status, program_year_end from abtk_order where location_id = ?
        order by created_at desc, id limit 100""")
        .param(locationId)
        .query((rs, row) -> rs.getString("level") + " " + rs.getString("kind") + ", " + rs.getString("status")
            + ", program year ending " + rs.getString("program_year_end"))
        .list();
  }
}
