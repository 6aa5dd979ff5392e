package org.pmc.membership.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pmc.membership.Benefit;
import org.pmc.membership.internal.BenefitKind;
import org.pmc.organization.MembershipLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * R-MEM-2 (decided, as data): the benefits of each membership level, from the table
 * {@code level_benefit} (migration V6), so that changing a quantity is a data change, not a release.
 */
@Repository
public class LevelBenefits {

  /** Software first, then support, training and marketing; by title within each. */
  private static final Comparator<Benefit> READING_ORDER =
      Comparator.comparing(Benefit::kind).thenComparing(Benefit::title);

  private final JdbcClient jdbc;

  LevelBenefits(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every level with its benefits; a level without rows has none. */
  public Map<MembershipLevel, List<Benefit>> byLevel() {
    Map<MembershipLevel, List<Benefit>> byLevel = new EnumMap<>(MembershipLevel.class);
    for (MembershipLevel level : MembershipLevel.values()) {
      byLevel.put(level, new ArrayList<>());
    }
    jdbc.sql("select level, benefit_code, title, quantity, kind from level_benefit")
        .query((rs, n) -> Map.entry(MembershipLevel.valueOf(rs.getString(1)), new Benefit(rs.getString(2),
            rs.getString(3), rs.getInt(4), BenefitKind.valueOf(rs.getString(5)))))
        .list()
        .forEach(row -> byLevel.get(row.getKey()).add(row.getValue()));
    byLevel.values().forEach(benefits -> benefits.sort(READING_ORDER));
    return byLevel;
  }
}
