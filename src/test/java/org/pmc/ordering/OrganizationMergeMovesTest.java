package org.pmc.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.pmc.people.internal.Invitations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * R-LOC-8: carrying out a merge moves or ends everything of the merged organization, each capability its own rows:
 * orders, invoices, payments, benefits, shipments, tickets, product keys, privileges and activity move to the
 * survivor; its renewals end.
 */
class OrganizationMergeMovesTest extends AbtkTest {

  /** Tables that hold an organization's rows and move whole with a merge. */
  private static final List<String> MOVING = List.of("abtk_order", "invoice", "payment", "shipment",
      "abtk_benefit_grant", "support_ticket", "product_key", "privilege_grant", "activity");

  @Autowired
  JdbcClient jdbc;
  @Autowired
  TaskService tasks;
  @Autowired
  Invitations invitations;

  @Test
  @DisplayName("R-LOC-8: after a merge the merged organization's orders, invoices, payments, benefits, shipments, tickets, product keys, privileges and activity belong to the survivor; its renewals and waiting reviews end; its open association goes to the survivor's admins; its global admin administers its former HQ")
  void mergeMovesOrEndsEverything() {
    AbtkPartner merged = abtk;
    Partner survivor = partners.register("DE");
    Http survivorAdmin = new Http(port).as(survivor.adminEmail(), TestPartners.PASSWORD);
    String branch = merged.location("Berlin", "DE");
    merged.competency(branch, "CLOUD_PRODUCTIVITY", "SILVER", "ACTIVE_EARNED");
    fulfilled(merged.order(branch, "SILVER"));
    assertThat(merged.admin.post(merged.org("/tickets"), """
        {"category": "TECHNICAL", "topic": "CLOUD", "issue": "OUTAGE", "priority": "HIGH", "complexity": "LOW",
         "subject": "Portal down", "description": "Our customer portal is down."}""").status()).isEqualTo(201);
    assertThat(merged.admin.put(merged.org("/locations/" + merged.partner.hqLocationId() + "/privileges/"
        + merged.partner.adminId() + "/PRODUCT_KEYS"), "").status()).isEqualTo(200);
    assertThat(merged.admin.get(merged.org("/product-keys")).status()).isEqualTo(200);
    ProcessInstance renewal = openWindow(merged.partner.organizationId());
    String malmo = merged.location("Malmo", "SE");
    String dissociation = merged.admin.post(merged.org("/locations/" + malmo + "/dissociation"),
        "{\"reason\": \"Closed\"}").json().get("id").asText();
    String invitee = awaitingApproval(merged);
    Map<String, Long> mergedBefore = counts(merged.partner.organizationId());
    Map<String, Long> survivorBefore = counts(survivor.organizationId());
    MOVING.forEach(table -> assertThat(mergedBefore.get(table)).as(table).isPositive());

    merge(survivor, survivorAdmin, merged.partner);

    Map<String, Long> mergedAfter = counts(merged.partner.organizationId());
    Map<String, Long> survivorAfter = counts(survivor.organizationId());
    for (String table : MOVING) {
      assertThat(mergedAfter.get(table)).as(table + " left behind").isZero();
      if (!table.equals("activity")) {
        assertThat(survivorAfter.get(table)).as(table + " moved")
            .isEqualTo(survivorBefore.get(table) + mergedBefore.get(table));
      }
    }
    // activity: kept, marked with its origin; the survivor's own entries carry none
    assertThat(jdbc.sql("select count(*) from activity where organization_id = ? and origin = ?")
        .params(survivor.organizationId(), merged.partner.name()).query(Long.class).single())
        .isGreaterThanOrEqualTo(mergedBefore.get("activity"));
    assertThat(survivorAdmin.get("/api/organizations/" + survivor.organizationId() + "/activity?size=200").json()
        .findValuesAsText("origin")).contains(merged.partner.name());
    assertThat(survivorAdmin.get("/api/organizations/" + survivor.organizationId() + "/tickets").json()
        .findValuesAsText("subject")).contains("Portal down");

    // renewals end: the unpaid renewal and its invoice are cancelled, no renewal process runs for the merged one
    assertThat(jdbc.sql("select status from renewal where organization_id = ?").param(merged.partner.organizationId())
        .query(String.class).single()).isEqualTo("CANCELLED");
    assertThat(jdbc.sql("select cancel_reason from invoice where order_id = ?").param(UUID.fromString(
        renewal.getBusinessKey())).query(String.class).single()).isEqualTo("MERGED");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(renewal.getId()).count()).isZero();
    assertThat(byBusinessKey(merged.partner.organizationId()).processDefinitionKey("competency-renewal").count())
        .isZero();

    // its own review still waiting ends with it
    assertThat(jdbc.sql("select status from review where id = ?").param(UUID.fromString(dissociation))
        .query(String.class).single()).isEqualTo("WITHDRAWN");
    assertThat(byBusinessKey(dissociation).count()).isZero();

    // its running association goes on under the survivor: the survivor's admins approve the invitee
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(invitee).taskDefinitionKey("approveInvitee")
        .taskCandidateGroup("partner-admins-" + survivor.organizationId()).count()).isEqualTo(1);
    assertThat(survivorAdmin.post("/api/organizations/" + survivor.organizationId() + "/people/" + invitee
        + "/approve", "").json().get("status").asText()).isEqualTo("ASSOCIATED");

    // its global admin is a location admin of its former HQ
    assertThat(jdbc.sql("select role from individual where id = ?").param(merged.partner.adminId())
        .query(String.class).single()).isEqualTo("LOCATION_ADMIN");
    assertThat(jdbc.sql("select count(*) from admin_location where individual_id = ? and location_id = ?")
        .params(merged.partner.adminId(), merged.partner.hqLocationId()).query(Long.class).single()).isEqualTo(1);
  }

  /** Requested by the survivor, accepted by the merged organization's admin, approved by the RSC. */
  private void merge(Partner survivor, Http survivorAdmin, Partner merged) {
    String review = survivorAdmin.post("/api/organizations/" + survivor.organizationId() + "/merge", """
        {"otherOrganizationId": "%s", "reason": "We bought them"}""".formatted(merged.organizationId()))
        .json().get("id").asText();
    runDueJobsOf(byBusinessKey(review));
    assertThat(new Http(port).as(merged.adminEmail(), TestPartners.PASSWORD).post("/api/organizations/"
        + merged.organizationId() + "/reviews/" + review + "/consent", "{\"accept\": true}").status()).isEqualTo(200);
    ProcessInstance rsc = byBusinessKey(review).processDefinitionKey("organization-merge").singleResult();
    tasks.complete(tasks.createTaskQuery().processInstanceId(rsc.getId()).singleResult().getId(),
        Map.of("approved", true, "comment", "Merged"));
    runDueJobsOf(byBusinessKey(review));
  }

  /** R-PPL-2: invited one by one, the person completed the profile and waits for an admin's approval. */
  private String awaitingApproval(AbtkPartner organization) {
    String id = organization.admin.post(organization.org("/people"), """
        {"firstName": "Sam", "lastName": "Stone", "email": "sam-%s@team.example", "locationId": "%s"}"""
        .formatted(UUID.randomUUID().toString().substring(0, 8), organization.partner.hqLocationId()))
        .json().get("id").asText();
    runDueJobsOf(byBusinessKey(id));
    assertThat(invitations.completeProfile(UUID.fromString(id), "Sam", "Stone", "sams-long-password")).isTrue();
    runDueJobsOf(byBusinessKey(id));
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("approveInvitee").count())
        .isEqualTo(1);
    return id;
  }

  private ProcessInstance openWindow(UUID organizationId) {
    ProcessInstance year = byBusinessKey(organizationId).processDefinitionKey("competency-renewal").singleResult();
    fireTimer(year.getId());
    runDueJobs(year.getId());
    ProcessInstance renewal = byVariable("membership-renewal", "organizationId", organizationId.toString())
        .singleResult();
    assertThat(renewal).as("the silver renewal invoiced").isNotNull();
    runDueJobs(renewal.getId());
    return renewal;
  }

  private Map<String, Long> counts(UUID organizationId) {
    Map<String, Long> counts = new HashMap<>();
    MOVING.forEach(table -> counts.put(table, jdbc.sql("select count(*) from " + table + " where organization_id = ?")
        .param(organizationId).query(Long.class).single()));
    return counts;
  }
}
