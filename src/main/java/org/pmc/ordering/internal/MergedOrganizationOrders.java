package org.pmc.ordering.internal;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.pmc.activity.ActivityLog;
import org.pmc.organization.OrganizationsMerged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * R-LOC-8: in the transaction of a merge, the merged organization's orders, invoices, payments, shipments and ABTK
 * benefits move to the survivor (checkout sessions follow their invoices); running order processes hold only the
 * order id and go on under the survivor. Its membership renewal ends: an unpaid renewal and its invoice are
 * cancelled (reason MERGED) and its {@code membership-renewal} instances end, so nobody is invoiced, reminded or
 * lapsed for an organization that no longer exists. Its renewal rows stay with it, for history.
 */
@Component
class MergedOrganizationOrders {

  private static final Logger log = LoggerFactory.getLogger(MergedOrganizationOrders.class);
  private static final List<String> VERSIONED = List.of("abtk_order", "action_pack_order", "plaque_order", "invoice");
  private static final List<String> UNVERSIONED = List.of("payment", "shipment", "abtk_benefit_grant");

  private final JdbcClient jdbc;
  private final Invoices invoices;
  private final RuntimeService runtime;
  private final ActivityLog activity;

  MergedOrganizationOrders(JdbcClient jdbc, Invoices invoices, RuntimeService runtime, ActivityLog activity) {
    this.jdbc = jdbc;
    this.invoices = invoices;
    this.runtime = runtime;
    this.activity = activity;
  }

  @EventListener
  void merged(OrganizationsMerged merged) {
    endRenewal(merged);
    // the table names are constants above, never input
    VERSIONED.forEach(table -> jdbc.sql("update " + table + " set organization_id = ?, version = version + 1"
        + " where organization_id = ?").params(merged.organizationId(), merged.mergedOrganizationId()).update());
    UNVERSIONED.forEach(table -> jdbc.sql("update " + table + " set organization_id = ? where organization_id = ?")
        .params(merged.organizationId(), merged.mergedOrganizationId()).update());
  }

  private void endRenewal(OrganizationsMerged merged) {
    String mergedId = merged.mergedOrganizationId().toString();
    List<UUID> unpaid = jdbc.sql("""
        update renewal set status = 'CANCELLED', version = version + 1
        where organization_id = ? and status in ('AWAITING_PAYMENT', 'GRACE') returning id""")
        .param(merged.mergedOrganizationId()).query(UUID.class).list();
    unpaid.forEach(renewal -> {
      invoices.cancelOpen(renewal, Invoices.CancelReason.MERGED, null);
      activity.record(merged.mergedOrganizationId(), "RENEWAL_CANCELLED", "RENEWAL", renewal,
          "Membership renewal cancelled: the organization merged into another");
    });
    runtime.createProcessInstanceQuery().processDefinitionKey(Renewals.PROCESS)
        .variableValueEquals("organizationId", mergedId).list()
        .forEach(instance -> runtime.deleteProcessInstance(instance.getId(),
            "R-LOC-8: organization merged into " + merged.organizationId()));
    log.info("Organization {} merged into {}: {} unpaid renewal(s) cancelled", mergedId, merged.organizationId(),
        unpaid.size());
  }
}
