package org.pmc.support.internal;

import org.pmc.organization.OrganizationsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * R-LOC-8: in the transaction of a merge, the merged organization's support tickets move to the survivor with their
 * history. Their running {@code support-ticket} instances hold the ticket id only, so they go on as they were.
 */
@Component
class MergedOrganizationTickets {

  private final JdbcClient jdbc;

  MergedOrganizationTickets(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  void merged(OrganizationsMerged merged) {
    jdbc.sql("update support_ticket set organization_id = ?, version = version + 1 where organization_id = ?")
        .params(merged.organizationId(), merged.mergedOrganizationId()).update();
  }
}
