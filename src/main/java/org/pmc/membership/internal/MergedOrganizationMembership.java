package org.pmc.membership.internal;

import org.pmc.organization.OrganizationsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * R-LOC-8: in the transaction of a merge, the merged organization's product keys and program agreement acceptances
 * move to the survivor. Where the survivor holds a key for the same product, or accepted the same agreement version,
 * its own stays and the merged organization's ends (one key per product and organization, R-SW).
 */
@Component
class MergedOrganizationMembership {

  private final JdbcClient jdbc;

  MergedOrganizationMembership(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  void merged(OrganizationsMerged merged) {
    jdbc.sql("""
        update product_key k set organization_id = :survivor where k.organization_id = :merged
        and not exists (select 1 from product_key s where s.organization_id = :survivor and s.product_id = k.product_id)""")
        .param("survivor", merged.organizationId()).param("merged", merged.mergedOrganizationId()).update();
    jdbc.sql("delete from product_key where organization_id = ?").param(merged.mergedOrganizationId()).update();
    jdbc.sql("""
        update agreement_acceptance a set organization_id = :survivor where a.organization_id = :merged
        and not exists (select 1 from agreement_acceptance s where s.organization_id = :survivor
          and s.version = a.version)""")
        .param("survivor", merged.organizationId()).param("merged", merged.mergedOrganizationId()).update();
    jdbc.sql("delete from agreement_acceptance where organization_id = ?").param(merged.mergedOrganizationId())
        .update();
  }
}
