package org.pmc.ordering;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-ABTK-17: per capped license, what the organization's ABTKs granted (unexpired grants, R-ABTK-10) against the
 * worldwide cap: the part of its allowance used, for the home page. The program records no further use of a
 * license, so a grant in force is what counts as used, as the caps count it.
 */
@Service
public class LicenseAllowances {

  private final JdbcClient jdbc;

  LicenseAllowances(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every capped license, in the catalog's order, with 0 used where no ABTK granted it. */
  @Transactional(readOnly = true)
  public List<LicenseUse> of(UUID organizationId) {
    return jdbc.sql("""
        select c.benefit_code, c.max_quantity,
          coalesce((select min(b.title) from abtk_benefit b where b.benefit_code = c.benefit_code), c.benefit_code)
            as title,
          coalesce((select sum(g.quantity) from abtk_benefit_grant g where g.organization_id = ?
            and g.benefit_code = c.benefit_code and g.expired_at is null), 0) as used
        from license_grant c where c.country = '*' order by title""")
        .param(organizationId)
        .query((rs, row) -> new LicenseUse(rs.getString("benefit_code"), rs.getString("title"), rs.getInt("used"),
            rs.getInt("max_quantity")))
        .list();
  }
}
