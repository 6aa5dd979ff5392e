package org.pmc.membership.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pmc.membership.internal.Delivery;
import org.pmc.membership.internal.SoftwareProduct;
import org.pmc.organization.MembershipLevel;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The software catalog (table {@code software_product}, migration V6): reference data, read only. */
@Repository
class SoftwareProducts {

  private static final String COLUMNS = """
      select id, name, category, delivery, languages, operating_systems, system_requirements,
             special_instructions, requires_key, min_level from software_product""";

  private static final RowMapper<SoftwareProduct> ROW = (rs, n) -> new SoftwareProduct(
      rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("category"),
      Delivery.valueOf(rs.getString("delivery")), strings(rs.getArray("languages")),
      strings(rs.getArray("operating_systems")), rs.getString("system_requirements"),
      rs.getString("special_instructions"), rs.getBoolean("requires_key"),
      MembershipLevel.valueOf(rs.getString("min_level")));

  private final JdbcClient jdbc;

  SoftwareProducts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The whole catalog by name: a few dozen rows at most, so callers filter it in memory. */
  List<SoftwareProduct> all() {
    return jdbc.sql(COLUMNS + " order by name").query(ROW).list();
  }

  Optional<SoftwareProduct> find(UUID id) {
    return jdbc.sql(COLUMNS + " where id = ?").param(id).query(ROW).optional();
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
