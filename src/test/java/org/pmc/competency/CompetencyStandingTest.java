package org.pmc.competency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.ReaderForms;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.mcp.McpService;
import org.pmc.mcp.TestMcps;
import org.pmc.mcp.internal.McpAssignment;
import org.pmc.notification.SignedLinks;
import org.pmc.organization.OrganizationService;
import org.pmc.reference.CustomerReferenceService;
import org.pmc.reference.internal.CustomerAnswer;
import org.pmc.reference.internal.CustomerAnswers;
import org.pmc.reference.internal.ReferenceAssignment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** A location's competency follows its references and MCPs (R-COMP-2..4, R-MEM-1, R-REF-6). */
@RecordApplicationEvents
class CompetencyStandingTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  TestEvidence evidence;
  @Autowired
  McpService mcpService;
  @Autowired
  CustomerReferenceService references;
  @Autowired
  CustomerAnswers answers;
  @Autowired
  SignedLinks links;
  @Autowired
  CompetencyStanding standing;
  @Autowired
  OrganizationService organizations;
  @Autowired
  ApplicationEvents events;

  Partner partner;
  UUID hq;

  @BeforeEach
  void partnerWithTwoMcps() {
    partner = partners.register("IE");
    hq = partner.hqLocationId();
  }

  @Test
  @DisplayName("R-COMP-3, R-MEM-1: 3 approved references and 2 MCPs earn silver; the organization rises to SILVER")
  void silverIsEarnedWhenRequirementsAreMet() {
    associateMcps(2, hq);
    List<UUID> approved = approveReferences(2, hq);
    assertThat(summary(Competency.CLOUD_PRODUCTIVITY)).get().extracting(CompetencySummary::status)
        .isEqualTo(CompetencyStatus.PENDING);

    approved.addAll(approveReferences(1, hq));

    CompetencySummary silver = summary(Competency.CLOUD_PRODUCTIVITY).orElseThrow();
    assertThat(silver.status()).isEqualTo(CompetencyStatus.ACTIVE_EARNED);
    assertThat(silver.level()).isEqualTo(CompetencyLevel.SILVER);
    assertThat(silver.referencesApproved()).isEqualTo(3);
    assertThat(silver.referencesRequired()).isEqualTo(3);
    assertThat(silver.mcps()).isEqualTo(2);
    assertThat(silver.atRisk()).isFalse();
    assertThat(organizations.organization(partner.organizationId()).membershipLevel().name()).isEqualTo("SILVER");
    assertThat(events.stream(CompetencyGained.class))
        .anyMatch(gained -> gained.locationId().equals(hq) && gained.level() == CompetencyLevel.SILVER);
  }

  @Test
  @DisplayName("R-COMP-4, R-COMP-2: a withdrawn reference puts an earned competency at risk; at the anniversary it lapses")
  void aRequirementNoLongerMetIsAtRiskThenLapses() {
    associateMcps(2, hq);
    List<UUID> approved = approveReferences(3, hq);

    references.withdraw(partner.organizationId(), approved.get(0));

    CompetencySummary atRisk = summary(Competency.CLOUD_PRODUCTIVITY).orElseThrow();
    assertThat(atRisk.status()).isEqualTo(CompetencyStatus.ACTIVE_EARNED);
    assertThat(atRisk.atRisk()).isTrue();
    standing.renew(partner.organizationId());
    assertThat(summary(Competency.CLOUD_PRODUCTIVITY).orElseThrow().status()).isEqualTo(CompetencyStatus.LAPSED);
  }

  @Test
  @DisplayName("R-REF-6: reassigning a reference re-evaluates the old and the new location")
  void reassigningMovesTheEvidence() {
    UUID branch = organizations.addLocation(partner.organizationId(),
        new org.pmc.organization.internal.NewLocation("Branch", "IE", hq)).id();
    associateMcps(2, branch);
    List<UUID> approved = approveReferences(3, hq);
    approveReferences(2, branch);
    assertThat(summary(branch, Competency.CLOUD_PRODUCTIVITY).orElseThrow().status())
        .isEqualTo(CompetencyStatus.PENDING);

    references.reassign(partner.organizationId(), approved.get(0),
        new ReferenceAssignment(branch, Competency.CLOUD_PRODUCTIVITY));

    assertThat(summary(branch, Competency.CLOUD_PRODUCTIVITY).orElseThrow().status())
        .isEqualTo(CompetencyStatus.ACTIVE_EARNED);
  }

  @Test
  @DisplayName("R-COMP-3, R-MEM-1: customers at two locations confirm at the same moment: both locations earn silver")
  void answersAtTwoLocationsAtOnceBothCount() throws Exception {
    UUID branch = organizations.addLocation(partner.organizationId(),
        new org.pmc.organization.internal.NewLocation("Branch", "IE", hq)).id();
    associateMcps(2, hq);
    associateMcps(2, branch);
    approveReferences(2, hq);
    approveReferences(2, branch);
    UUID atHq = createReference(hq, 10);
    UUID atBranch = createReference(branch, 11);

    ExecutorService customers = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> answered = new ArrayList<>();
      for (UUID reference : List.of(atHq, atBranch)) {
        answered.add(customers.submit(() -> {
          start.await();
          return answers.answer(links.token("reference-answer", reference, Instant.now().plusSeconds(3600)),
              CustomerAnswer.CONFIRM);
        }));
      }
      start.countDown();
      for (Future<?> answer : answered) {
        answer.get(60, TimeUnit.SECONDS);
      }
    } finally {
      customers.shutdownNow();
    }

    assertThat(summary(hq, Competency.CLOUD_PRODUCTIVITY).orElseThrow().status())
        .isEqualTo(CompetencyStatus.ACTIVE_EARNED);
    assertThat(summary(branch, Competency.CLOUD_PRODUCTIVITY).orElseThrow().status())
        .isEqualTo(CompetencyStatus.ACTIVE_EARNED);
    assertThat(organizations.organization(partner.organizationId()).membershipLevel().name()).isEqualTo("SILVER");
  }

  @Test
  @DisplayName("R-COMP-3: an MCP moving away takes their certification's weight with them")
  void anMcpMovingAwayIsCountedAtTheNewLocation() {
    UUID branch = organizations.addLocation(partner.organizationId(),
        new org.pmc.organization.internal.NewLocation("Branch", "IE", hq)).id();
    List<String> ids = associateMcps(2, hq);
    approveReferences(3, hq);
    assertThat(summary(Competency.CLOUD_PRODUCTIVITY).orElseThrow().atRisk()).isFalse();

    mcpService.assign(partner.organizationId(), TestMcps.admin(partner), ids.get(0), new McpAssignment(branch));

    CompetencySummary after = summary(Competency.CLOUD_PRODUCTIVITY).orElseThrow();
    assertThat(after.mcps()).isEqualTo(1);
    assertThat(after.atRisk()).isTrue();
  }

  @Test
  @DisplayName("R-COMP-2, R-MEM-1: staff pre-approve gold; the summary API lists competencies in danger first")
  void staffPreApproveAndTheSummaryShowsDangerFirst() {
    associateMcps(2, hq);
    List<UUID> approved = approveReferences(3, hq);
    references.withdraw(partner.organizationId(), approved.get(0));

    Http staff = new Http(port).asCamundaAdmin();
    JsonNode decided = staff.put("/api/admin/locations/" + hq + "/competencies/DATACENTER",
        "{\"level\": \"GOLD\", \"status\": \"ACTIVE_PRE_APPROVED\"}").json();
    assertThat(decided.get("status").asText()).isEqualTo("ACTIVE_PRE_APPROVED");
    assertThat(organizations.organization(partner.organizationId()).membershipLevel().name()).isEqualTo("GOLD");
    assertThat(new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD)
        .put("/api/admin/locations/" + hq + "/competencies/DATACENTER",
            "{\"level\": \"GOLD\", \"status\": \"ACTIVE_PRE_APPROVED\"}").status()).isEqualTo(401);

    JsonNode summary = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD)
        .get("/api/organizations/" + partner.organizationId() + "/competencies?locationId=" + hq).json();
    assertThat(summary.get(0).get("competency").asText()).isEqualTo("CLOUD_PRODUCTIVITY");
    assertThat(summary.get(0).get("atRisk").asBoolean()).isTrue();
    assertThat(summary.findValuesAsText("competency")).contains("DATACENTER");
    assertThat(summary.get(0).get("renewalDate").asText())
        .isEqualTo(organizations.organization(partner.organizationId()).anniversaryDate().toString());
  }

  @Test
  @DisplayName("R-COMP-4: the Manage Competencies page shows requirements met or missing, in danger first")
  void manageCompetenciesPage() {
    associateMcps(2, hq);
    List<UUID> approved = approveReferences(3, hq);
    references.withdraw(partner.organizationId(), approved.get(0));

    Http.Response page = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD)
        .get("/portal/competencies");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.page().select("tbody tr").first().text())
        .contains("Cloud Productivity", "Silver", "Earned", "at risk", "2 of 3", "2 of 2");
    assertThat(page.body()).contains("no longer meets");
  }

  @Test
  @DisplayName("R-COMP-4: Manage Competencies in German: headings, level and status in words, the renewal as a German date")
  void manageCompetenciesInGerman() {
    associateMcps(2, hq);
    List<UUID> approved = approveReferences(3, hq);
    references.withdraw(partner.organizationId(), approved.get(0));
    Http browser = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);
    browser.submit("/language", Map.of("language", "de"));

    Document page = browser.get("/portal/competencies").page();

    assertThat(page.select("h1").text()).isEqualTo("Kompetenzen verwalten");
    assertThat(page.select("tbody tr").first().text()).contains("Cloud Productivity", "Silber", "Erworben",
        "gefährdet", "2 von 3", ReaderForms.date(organizations.organization(partner.organizationId())
            .anniversaryDate(), Locale.GERMAN));
    assertThat(page.select("[role=status]").text())
        .startsWith("1 Kompetenz erfüllt die Anforderungen nicht mehr und erlischt am Jahrestag");
    assertThat(page.select("main").text()).doesNotContain("ACTIVE_EARNED", "SILVER", "at risk", "??");
  }

  private List<String> associateMcps(int count, UUID location) {
    return evidence.associateMcps(partner, count, location);
  }

  private List<UUID> approveReferences(int count, UUID location) {
    return new ArrayList<>(evidence.approveReferences(partner, count, location));
  }

  private UUID createReference(UUID location, int n) {
    return evidence.createReference(partner, location, n);
  }

  private Optional<CompetencySummary> summary(Competency competency) {
    return summary(hq, competency);
  }

  private Optional<CompetencySummary> summary(UUID location, Competency competency) {
    return standing.summary(partner.organizationId(), Optional.of(location)).stream()
        .filter(summary -> summary.competency() == competency).findFirst();
  }
}
