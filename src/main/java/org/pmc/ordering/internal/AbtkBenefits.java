package org.pmc.ordering.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pmc.competency.CompetencyLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What an ABTK grants a location (table {@code abtk_benefit}): a core set once per ABTK, and the benefits of each
 * competency active at the location, at the ABTK's level. IUR and MSDN licenses are capped per organization by
 * {@code license_grant} for the location's country and worldwide (R-ABTK-17). Grants expire on the anniversary
 * (R-ABTK-10), later when it is extended (R-ABTK-11). Methods run in the caller's transaction.
 */
@Service
class AbtkBenefits {

  /** The core benefits of every ABTK (competency column '*'). */
  static final String CORE = "*";
  private static final Set<String> CAPPED = Set.of("IUR", "MSDN");

  /** One benefit of the table: for a competency (or the core set), a quantity of a license or service. */
  record Entitlement(String competency, String code, int quantity, String licenseClass) {

    Entitlement minus(int less) {
      return new Entitlement(competency, code, quantity - less, licenseClass);
    }
  }

  private final JdbcClient jdbc;
  private final Clock clock;

  AbtkBenefits(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The benefits of these competencies (and the core set, when {@link #CORE} is among them) at a level. */
  List<Entitlement> entitlement(CompetencyLevel level, Collection<String> competencies) {
    if (competencies.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
        select competency, benefit_code, quantity, license_class from abtk_benefit
        where level = :level and competency in (:competencies) order by competency, benefit_code""")
        .param("level", level.name()).param("competencies", competencies)
        .query((rs, n) -> new Entitlement(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)))
        .list();
  }

  /** R-ABTK-12: what gold adds to silver for these competencies (and the core set). */
  List<Entitlement> upgrade(Collection<String> competencies) {
    Map<String, Integer> silver = new HashMap<>();
    entitlement(CompetencyLevel.SILVER, competencies)
        .forEach(each -> silver.put(each.competency() + "/" + each.code(), each.quantity()));
    return entitlement(CompetencyLevel.GOLD, competencies).stream()
        .map(gold -> gold.minus(silver.getOrDefault(gold.competency() + "/" + gold.code(), 0)))
        .filter(more -> more.quantity() > 0)
        .toList();
  }

  /**
   * Grants these benefits for an order, each capped (R-ABTK-17); granting again for the same order, competency
   * and benefit changes nothing (a retried step). The organization is locked so that two fulfilments at once
   * cannot both use the last licenses under a cap.
   */
  void grant(AbtkOrders.Row order, String country, List<Entitlement> benefits) {
    jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param(order.organizationId().toString())
        .query().listOfRows();
    for (Entitlement benefit : benefits) {
      int quantity = CAPPED.contains(benefit.licenseClass())
          ? Math.min(benefit.quantity(), left(order.organizationId(), benefit.code(), country))
          : benefit.quantity();
      if (quantity <= 0) {
        continue;
      }
      jdbc.sql("""
          insert into abtk_benefit_grant (id, organization_id, location_id, order_id, competency, benefit_code,
            quantity, license_class, country, expires_on, granted_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          on conflict (order_id, competency, benefit_code) do nothing""")
          .params(UUID.randomUUID(), order.organizationId(), order.locationId(), order.id(), benefit.competency(),
              benefit.code(), quantity, benefit.licenseClass(), country, order.programYearEnd(),
              Timestamp.from(clock.instant()))
          .update();
    }
  }

  /** R-ABTK-17: licenses still grantable to the organization under the country and worldwide caps. */
  private int left(UUID organizationId, String code, String country) {
    int left = Integer.MAX_VALUE;
    for (String scope : List.of(country, "*")) {
      Integer cap = jdbc.sql("select max_quantity from license_grant where benefit_code = ? and country = ?")
          .params(code, scope).query(Integer.class).optional().orElse(null);
      if (cap == null) {
        continue;
      }
      int used = jdbc.sql("""
          select coalesce(sum(quantity), 0) from abtk_benefit_grant
          where organization_id = ? and benefit_code = ? and expired_at is null and (? = '*' or country = ?)""")
          .params(organizationId, code, scope, scope).query(Integer.class).single();
      left = Math.min(left, cap - used);
    }
    return left;
  }

  /** R-ABTK-10: the order's benefits end; they no longer count against the caps. */
  void expire(UUID orderId) {
    jdbc.sql("update abtk_benefit_grant set expired_at = ? where order_id = ? and expired_at is null")
        .params(Timestamp.from(clock.instant()), orderId).update();
  }

  /** R-ABTK-11: benefits that would have expired on the old anniversary last to the new one. */
  void extend(UUID organizationId, LocalDate oldDate, LocalDate newDate) {
    jdbc.sql("""
        update abtk_benefit_grant set expires_on = ? where organization_id = ? and expires_on = ?
        and expired_at is null""").params(newDate, organizationId, oldDate).update();
  }
}
