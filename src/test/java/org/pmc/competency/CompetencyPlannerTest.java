package org.pmc.competency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.MovableClock;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.internal.NewLocation;
import org.pmc.reference.CustomerReferenceService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The competency planner (api.md "The partner's overview"): the next level of each competency, what is still
 * missing for it (R-COMP-3, defaults silver 3 references and 2 MCPs, gold 5 and 4), and what expires before the
 * renewal (R-REF-3, R-MEM-2).
 */
class CompetencyPlannerTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  TestEvidence evidence;
  @Autowired
  CustomerReferenceService references;
  @Autowired
  OrganizationService organizations;
  @Autowired
  MovableClock clock;

  Partner partner;
  UUID hq;

  @BeforeEach
  void partner() {
    partner = partners.register("IE");
    hq = partner.hqLocationId();
  }

  @Test
  @DisplayName("R-COMP-3: 2 approved references and 1 MCP: SILVER is the target, 1 reference and 1 MCP missing")
  void silverTarget() {
    associateMcps(1, hq);
    approveReferences(2, hq);

    JsonNode line = cloudProductivity(plan(admin(), "?locationId=" + hq));

    assertThat(line.get("locationId").asText()).isEqualTo(hq.toString());
    assertThat(line.get("competency").asText()).isEqualTo("CLOUD_PRODUCTIVITY");
    assertThat(line.get("target").asText()).isEqualTo("SILVER");
    assertThat(line.get("referencesMissing").asInt()).isEqualTo(1);
    assertThat(line.get("mcpsMissing").asInt()).isEqualTo(1);
    assertThat(line.get("certificationsThatCount").findValuesAsText("code")).contains("MCSA_OFFICE_365");
    assertThat(line.get("lapsesOn").isNull()).isTrue();
    assertThat(line.get("expiringBeforeRenewal")).isEmpty();
    assertThat(line.get("actions").findValuesAsText("label")).containsExactly("Create a reference", "Invite an MCP");
    assertThat(line.get("actions").get(0).get("href").asText())
        .isEqualTo("/portal/references/new?locationId=" + hq + "&competency=CLOUD_PRODUCTIVITY");
  }

  @Test
  @DisplayName("R-COMP-3: silver held with 4 references and 3 MCPs: GOLD is the target, 1 reference and 1 MCP missing")
  void goldTarget() {
    associateMcps(3, hq);
    approveReferences(4, hq);

    JsonNode line = cloudProductivity(plan(admin(), ""));

    assertThat(line.get("level").asText()).isEqualTo("SILVER");
    assertThat(line.get("target").asText()).isEqualTo("GOLD");
    assertThat(line.get("referencesCounted").asInt()).isEqualTo(4);
    assertThat(line.get("referencesMissing").asInt()).isEqualTo(1);
    assertThat(line.get("mcpsCounted").asInt()).isEqualTo(3);
    assertThat(line.get("mcpsMissing").asInt()).isEqualTo(1);
    assertThat(line.get("lapsesOn").isNull()).isTrue(); // references last two years, the renewal comes first
  }

  @Test
  @DisplayName("R-COMP-3, R-COMP-4: silver held but no longer met (a reference withdrawn): SILVER again is the target")
  void silverAtRiskTargetsSilver() {
    associateMcps(2, hq);
    List<UUID> approved = approveReferences(3, hq);
    references.withdraw(partner.organizationId(), approved.get(0));

    JsonNode line = cloudProductivity(plan(admin(), ""));

    assertThat(line.get("level").asText()).isEqualTo("SILVER");
    assertThat(line.get("target").asText()).isEqualTo("SILVER");
    assertThat(line.get("referencesMissing").asInt()).isEqualTo(1);
    assertThat(line.get("mcpsMissing").asInt()).isEqualTo(0);
    assertThat(line.get("lapsesOn").isNull()).isTrue(); // not met today: the summary shows it at risk
    assertThat(line.get("actions").findValuesAsText("label")).containsExactly("Create a reference");
  }

  @Test
  @DisplayName("R-COMP-3: gold met leaves nothing to plan for that competency")
  void goldMetHasNoLine() {
    associateMcps(4, hq);
    approveReferences(5, hq);

    assertThat(plan(admin(), "").findValuesAsText("competency")).doesNotContain("CLOUD_PRODUCTIVITY")
        .contains("MESSAGING"); // the same MCPs count toward Messaging, which has no reference yet
  }

  @Test
  @DisplayName("R-REF-3, R-MEM-2: a reference expiring before the renewal is listed; silver lapses on the day the "
      + "third of 3 references expires")
  void referencesExpiringBeforeRenewal() {
    associateMcps(2, hq);
    List<UUID> approved = approveReferences(3, hq);
    LocalDate renewal = LocalDate.now(clock).plusYears(3); // past every reference's two years
    organizations.changeMembership(partner.organizationId(), null, renewal);

    JsonNode line = cloudProductivity(plan(admin(), ""));

    LocalDate firstExpiry = approved.stream()
        .map(id -> LocalDate.ofInstant(references.get(partner.organizationId(), id).expiresAt(), clock.getZone()))
        .min(LocalDate::compareTo).orElseThrow();
    assertThat(line.get("level").asText()).isEqualTo("SILVER");
    assertThat(line.get("lapsesOn").asText()).isEqualTo(firstExpiry.toString());
    assertThat(line.get("expiringBeforeRenewal")).hasSize(3);
    assertThat(line.get("expiringBeforeRenewal").findValuesAsText("customer")).contains("Customer 0");
    assertThat(line.get("expiringBeforeRenewal").get(0).get("expiresOn").asText()).isEqualTo(firstExpiry.toString());
    assertThat(line.get("expiringBeforeRenewal").findValuesAsText("id")).containsAll(
        approved.stream().map(UUID::toString).toList());
  }

  @Test
  @DisplayName("Another organization's plan, or a location of another organization, is never shown")
  void anotherOrganizationIsNotVisible() {
    Partner other = partners.register("IE");
    associateMcps(1, hq);

    assertThat(new Http(port).as(other.adminEmail(), TestPartners.PASSWORD)
        .get("/api/organizations/" + partner.organizationId() + "/competency-plan").status()).isEqualTo(403);
    assertThat(new Http(port).as(other.adminEmail(), TestPartners.PASSWORD)
        .get("/api/organizations/" + UUID.randomUUID() + "/competency-plan").status()).isEqualTo(404);
    assertThat(admin().get("/api/organizations/" + partner.organizationId() + "/competency-plan?locationId="
        + other.hqLocationId()).status()).isEqualTo(404);
  }

  @Test
  @DisplayName("R-COMP-4: the plan is read like the competency summary: a location admin sees the same locations")
  void locationAdminReadsLikeTheSummary() {
    UUID branch = organizations.addLocation(partner.organizationId(), new NewLocation("Branch", "IE", hq)).id();
    associateMcps(1, hq);
    associateMcps(1, branch);
    Http locationAdmin = partners.locationAdminOf(partner, branch, port);

    JsonNode plan = plan(locationAdmin, "");
    JsonNode summary = locationAdmin.get("/api/organizations/" + partner.organizationId() + "/competencies").json();

    assertThat(plan.findValuesAsText("locationId")).contains(hq.toString(), branch.toString());
    assertThat(summary.findValuesAsText("locationId")).contains(hq.toString(), branch.toString());
    assertThat(cloudProductivity(plan(locationAdmin, "?locationId=" + branch)).get("locationName").asText())
        .isEqualTo("Branch");
  }

  @Test
  @DisplayName("The Competency planner page shows each line's target, what is missing, the lapse date and actions")
  void plannerPage() {
    associateMcps(2, hq);
    approveReferences(3, hq);
    organizations.changeMembership(partner.organizationId(), null, LocalDate.now(clock).plusYears(3));
    Http browser = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);

    Document manage = browser.get("/portal/competencies").page();
    assertThat(manage.select("#planner").attr("href")).isEqualTo("/portal/competencies/plan");
    Document page = browser.get("/portal/competencies/plan").page();

    assertThat(page.select("h1").text()).isEqualTo("Competency planner");
    Element line = page.select("tr.plan-line").first();
    assertThat(line.attr("data-competency")).isEqualTo("CLOUD_PRODUCTIVITY");
    assertThat(line.select(".target").text()).isEqualTo("Gold");
    assertThat(line.select(".missing").text()).contains("2 references (3 of 5)", "2 MCPs (2 of 4)");
    assertThat(line.select(".expiring").text()).contains("Customer 0", "expires");
    assertThat(line.select(".lapses").text()).contains("Silver no longer met from");
    assertThat(line.select(".actions a").eachAttr("href")).containsExactly(
        "/portal/references/new?locationId=" + hq + "&competency=CLOUD_PRODUCTIVITY",
        "/portal/mcps?locationId=" + hq + "#invite");
    assertThat(page.select("#lapsing").text()).contains("1 held competency stops");

    Document form = browser.get(line.select(".actions a").first().attr("href")).page();
    assertThat(form.select("#locationId option[selected]").attr("value")).isEqualTo(hq.toString());
    assertThat(form.select("#competency option[selected]").attr("value")).isEqualTo("CLOUD_PRODUCTIVITY");
  }

  @Test
  @DisplayName("The Competency planner page without evidence says how to start")
  void emptyPlannerPage() {
    Document page = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD)
        .get("/portal/competencies/plan").page();

    assertThat(page.select("#empty").text()).contains("Nothing to plan yet");
  }

  @Test
  @DisplayName("R-COMP-3: Manage Competencies lists the references and MCPs behind each count, with links")
  void manageCompetenciesListsTheEvidence() {
    List<String> associated = associateMcps(2, hq);
    approveReferences(3, hq);

    Document page = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD)
        .get("/portal/competencies").page();

    Element row = page.select("tbody tr").first();
    assertThat(row.select(".behind-references li")).hasSize(3);
    assertThat(row.select(".behind-references a").eachText()).contains("Customer 0", "Customer 1", "Customer 2");
    assertThat(row.select(".behind-references a").first().attr("href"))
        .contains("/portal/references?status=APPROVED", "locationId=" + hq, "competency=CLOUD_PRODUCTIVITY");
    assertThat(row.select(".behind-mcps a").eachAttr("href"))
        .containsExactlyInAnyOrderElementsOf(associated.stream().map(id -> "/portal/mcps?mcpId=" + id).toList());
  }

  private Http admin() {
    return new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
  }

  private JsonNode plan(Http as, String query) {
    Http.Response answer = as.get("/api/organizations/" + partner.organizationId() + "/competency-plan" + query);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  /** The Cloud Productivity line (the MCPs' certification also counts toward other competencies). */
  private static JsonNode cloudProductivity(JsonNode plan) {
    List<JsonNode> lines = new ArrayList<>();
    plan.forEach(line -> {
      if (line.get("competency").asText().equals("CLOUD_PRODUCTIVITY")) {
        lines.add(line);
      }
    });
    assertThat(lines).hasSize(1);
    return lines.get(0);
  }

  private List<String> associateMcps(int count, UUID location) {
    return evidence.associateMcps(partner, count, location);
  }

  private List<UUID> approveReferences(int count, UUID location) {
    return evidence.approveReferences(partner, count, location);
  }
}
