package org.pmc.membership;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.organization.AnniversaryExtended;
import org.pmc.organization.MembershipLevel;
import org.pmc.organization.OrganizationService;
import org.pmc.web.ProblemType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Staff set the level and extend the anniversary (R-MEM-1, R-MEM-4); the license statement (R-MEM-2, R-SW-3). */
@RecordApplicationEvents
class MembershipApiTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  /** Issue 15: dates from the application's clock (UTC), not the machine's zone. */
  @Autowired
  Clock clock;
  @Autowired
  OrganizationService organizations;
  @Autowired
  ApplicationEvents events;

  Partner partner;
  Http admin;
  Http staff;

  @BeforeEach
  void organization() {
    partner = partners.register("NL");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    staff = new Http(port).asCamundaAdmin();
  }

  @Test
  @DisplayName("R-MEM-4, R-MEM-3: staff extend the anniversary; the re-enrollment window moves with it")
  void extendingTheAnniversaryMovesTheReenrollmentWindow() {
    LocalDate anniversary = anniversary();
    LocalDate extended = anniversary.plusMonths(3);

    Http.Response changed = staff.put(membership(), "{\"anniversaryDate\": \"" + extended + "\"}");

    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().get("anniversaryDate").asText()).isEqualTo(extended.toString());
    assertThat(changed.json().get("membershipLevel").asText()).isEqualTo("NETWORK");
    JsonNode organization = admin.get(org("")).json();
    assertThat(organization.get("anniversaryDate").asText()).isEqualTo(extended.toString());
    assertThat(organization.get("reenrollmentWindowStart").asText()).isEqualTo(extended.minusDays(90).toString());
    JsonNode logged = admin.get(org("/activity?type=MEMBERSHIP_CHANGED")).json();
    assertThat(logged.findValuesAsText("summary"))
        .containsExactly("Membership changed: anniversary extended from " + anniversary + " to " + extended);
    assertThat(logged.findValuesAsText("actorKind")).containsExactly("STAFF");
  }

  @Test
  @DisplayName("R-MEM-4: an anniversary cannot be moved earlier: 409 with the rule, nothing changes")
  void anEarlierAnniversaryIsRefused() {
    LocalDate anniversary = anniversary();

    Http.Response refused = staff.put(membership(), """
        {"level": "GOLD", "anniversaryDate": "%s"}""".formatted(anniversary.minusDays(1)));

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.problemType()).contains(ProblemType.BUSINESS_RULE);
    assertThat(refused.json().get("rule").asText()).isEqualTo("R-MEM-4");
    JsonNode organization = admin.get(org("")).json();
    assertThat(organization.get("anniversaryDate").asText()).isEqualTo(anniversary.toString());
    assertThat(organization.get("membershipLevel").asText()).isEqualTo("NETWORK");
  }

  @Test
  @DisplayName("R-MEM-4: a moved anniversary is published as AnniversaryExtended; an unchanged one is not")
  void anExtendedAnniversaryIsPublished() {
    LocalDate anniversary = anniversary();

    organizations.changeMembership(partner.organizationId(), null, anniversary);
    organizations.changeMembership(partner.organizationId(), MembershipLevel.SILVER, null);
    assertThat(events.stream(AnniversaryExtended.class)).isEmpty();

    organizations.changeMembership(partner.organizationId(), null, anniversary.plusDays(30));
    assertThat(events.stream(AnniversaryExtended.class)).containsExactly(
        new AnniversaryExtended(partner.organizationId(), anniversary, anniversary.plusDays(30)));
  }

  /** No wrong staff password here: Camunda delays a user's next sign-in after one, and other tests sign in as admin. */
  @Test
  void onlyProgramStaffChangeAMembership() {
    Http.Response partnerAdmin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD)
        .put(membership(), "{\"level\": \"GOLD\"}");
    assertThat(partnerAdmin.status()).isEqualTo(401);
    assertThat(partnerAdmin.header("Content-Type")).startsWith("application/problem+json");
    assertThat(partnerAdmin.problemType()).contains(ProblemType.UNAUTHORIZED);
    assertThat(new Http(port).put(membership(), "{\"level\": \"GOLD\"}").status()).isEqualTo(401);
    assertThat(admin.get(org("")).json().get("membershipLevel").asText()).isEqualTo("NETWORK");

    assertThat(staff.put("/api/admin/organizations/" + UUID.randomUUID() + "/membership", "{\"level\": \"GOLD\"}")
        .status()).isEqualTo(404);
    Http.Response unknownLevel = staff.put(membership(), "{\"level\": \"PLATINUM\"}");
    assertThat(unknownLevel.status()).isEqualTo(400);
    assertThat(unknownLevel.json().get("errors").get(0).get("field").asText()).isEqualTo("level");
    assertThat(staff.put(membership(), "{}").status()).isEqualTo(400);
  }

  @Test
  @DisplayName("R-MEM-1, R-MEM-2: a level set by staff shows in the organization and in its license statement")
  void aLevelChangeIsReflectedEverywhere() {
    Http.Response changed = staff.put(membership(), "{\"level\": \"SILVER\"}");
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().get("membershipLevel").asText()).isEqualTo("SILVER");
    assertThat(admin.get(org("")).json().get("membershipLevel").asText()).isEqualTo("SILVER");

    JsonNode statement = admin.get(org("/license-statement")).json();
    assertThat(statement.get("membershipLevel").asText()).isEqualTo("SILVER");
    assertThat(quantity(statement.get("benefits"), "WINDOWS_10_ENTERPRISE")).isEqualTo(25);
    assertThat(statement.get("upgradeComparison").findValuesAsText("level")).containsExactly("GOLD", "GOLD_CLOUD");
    assertThat(statement.get("renewal").get("howToRenew").asText()).contains("1,670.00 USD");
  }

  @Test
  @DisplayName("R-MEM-2, R-MEM-3, R-SW-3: the statement shows expiry, how to renew, the level's benefits, each higher level and the ABTK note")
  void theLicenseStatementOfANetworkMember() {
    LocalDate anniversary = anniversary();

    Http.Response response = admin.get(org("/license-statement"));

    assertThat(response.status()).isEqualTo(200);
    JsonNode statement = response.json();
    assertThat(statement.get("membershipLevel").asText()).isEqualTo("NETWORK");
    assertThat(statement.get("expiresOn").asText()).isEqualTo(anniversary.toString());
    JsonNode renewal = statement.get("renewal");
    assertThat(renewal.get("reenrollmentWindowStart").asText()).isEqualTo(anniversary.minusDays(90).toString());
    assertThat(renewal.get("daysUntilExpiry").asLong())
        .isEqualTo(ChronoUnit.DAYS.between(LocalDate.now(clock), anniversary));
    assertThat(renewal.get("howToRenew").asText()).contains(anniversary.minusDays(90).toString(),
        anniversary.toString());
    assertThat(codes(statement.get("benefits"))).containsExactlyInAnyOrder("ONLINE_COMMUNITY", "SELF_HELP",
        "TRAINING_PLANS", "SALES_MARKETING_RESOURCES");
    assertThat(statement.get("benefits").get(0).fieldNames()).toIterable()
        .containsExactly("code", "title", "quantity", "kind");
    assertThat(statement.get("note").asText())
        .isEqualTo("This statement may not show benefits from Additional Benefit Toolkits (ABTKs).");

    JsonNode upgrades = statement.get("upgradeComparison");
    assertThat(upgrades.findValuesAsText("level")).containsExactly("ACTION_PACK", "SILVER", "GOLD", "GOLD_CLOUD");
    JsonNode actionPack = upgrades.get(0).get("benefits");
    assertThat(codes(actionPack)).contains("WINDOWS_10_ENTERPRISE", "OFFICE_365_E3", "ENTERPRISE_MOBILITY_SUITE",
        "AZURE_MONTHLY_CREDIT", "DYNAMICS_CRM_ONLINE_PRO", "VISUAL_STUDIO_PRO", "ONLINE_COMMUNITY", "SELF_HELP");
    JsonNode windows = find(actionPack, "WINDOWS_10_ENTERPRISE");
    assertThat(windows.get("quantity").asInt()).isEqualTo(5);
    assertThat(windows.get("currentQuantity").asInt()).isEqualTo(0);
    assertThat(find(actionPack, "AZURE_MONTHLY_CREDIT").get("quantity").asInt()).isEqualTo(100);
    assertThat(find(actionPack, "VISUAL_STUDIO_PRO").get("quantity").asInt()).isEqualTo(3);
    assertThat(find(actionPack, "ONLINE_COMMUNITY").get("currentQuantity").asInt()).isEqualTo(1);
    assertThat(find(upgrades.get(2).get("benefits"), "WINDOWS_10_ENTERPRISE").get("quantity").asInt())
        .isGreaterThan(find(upgrades.get(1).get("benefits"), "WINDOWS_10_ENTERPRISE").get("quantity").asInt());
  }

  @Test
  void anotherOrganizationsStatementIsForbidden() {
    Partner other = partners.register("NL");
    assertThat(admin.get("/api/organizations/" + other.organizationId() + "/license-statement").status())
        .isEqualTo(403);
  }

  private LocalDate anniversary() {
    return LocalDate.parse(admin.get(org("")).json().get("anniversaryDate").asText());
  }

  private String membership() {
    return "/api/admin/organizations/" + partner.organizationId() + "/membership";
  }

  private String org(String path) {
    return "/api/organizations/" + partner.organizationId() + path;
  }

  private static List<String> codes(JsonNode benefits) {
    List<String> codes = new ArrayList<>();
    benefits.forEach(benefit -> codes.add(benefit.get("code").asText()));
    return codes;
  }

  private static int quantity(JsonNode benefits, String code) {
    return find(benefits, code).get("quantity").asInt();
  }

  private static JsonNode find(JsonNode benefits, String code) {
    for (JsonNode benefit : benefits) {
      if (benefit.get("code").asText().equals(code)) {
        return benefit;
      }
    }
    throw new AssertionError("No benefit " + code + " in " + benefits);
  }
}
