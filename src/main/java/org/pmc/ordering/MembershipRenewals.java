package org.pmc.ordering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.pmc.membership.RenewalStatus;
import org.pmc.membership.RenewalView;
import org.pmc.organization.MembershipLevel;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads where an organization's renewal stands (R-MEM-5), for the API, the home page and the license statement. */
@Service
public class MembershipRenewals implements RenewalStatus {

  private final JdbcClient jdbc;
  private final OrganizationService organizations;
  private final Clock clock;

  MembershipRenewals(JdbcClient jdbc, OrganizationService organizations, Clock clock) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.clock = clock;
  }

  /**
   * The latest renewal while it matters: unpaid, or paid for a program year that has not started yet; otherwise
   * NOT_DUE for the program year running now.
   */
  @Override
  @Transactional(readOnly = true)
  public RenewalView renewal(UUID organizationId) {
    OrganizationView organization = organizations.organization(organizationId);
    LocalDate today = LocalDate.now(clock);
    return jdbc.sql("""
        select r.program_year_end, r.level, r.status,
          (select i.id from invoice i where i.order_id = r.id order by i.created_at limit 1) invoice_id
        from renewal r where r.organization_id = ? order by r.program_year_end desc, r.created_at desc limit 1""")
        .param(organizationId)
        .query((rs, row) -> new RenewalView(rs.getObject("program_year_end", LocalDate.class),
            MembershipLevel.valueOf(rs.getString("level")), rs.getObject("invoice_id", UUID.class),
            "AWAITING_PAYMENT".equals(rs.getString("status")) ? "INVOICED" : rs.getString("status")))
        .optional()
        .filter(renewal -> !"PAID".equals(renewal.status()) || renewal.programYearEnd().isAfter(today))
        .orElseGet(() -> new RenewalView(organization.anniversaryDate(), organization.membershipLevel(), null,
            "NOT_DUE"));
  }
}
