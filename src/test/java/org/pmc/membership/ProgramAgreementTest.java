package org.pmc.membership;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.MovableClock;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The program agreement over HTTP (R-MEM-6): accepted at registration, published by staff, shown on every portal
 * page until a global admin accepts it, and orders refused 30 days after its publication without acceptance.
 */
class ProgramAgreementTest extends IntegrationTest {

  private static final String RSC_USER = "agreement-rsc";
  private static final String RSC_PASSWORD = "rsc-member-secret";

  @Autowired
  TestPartners partners;
  @Autowired
  MovableClock clock;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  IdentityService identity;

  /** The versions this test published: removed after it, since every test after it shares the database. */
  final List<String> published = new ArrayList<>();
  Partner partner;
  Http admin;
  Http staff;

  @BeforeEach
  void registeredPartner() {
    partner = partners.register("DE");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    staff = new Http(port).asCamundaAdmin();
  }

  @AfterEach
  void withdrawTestVersions() {
    if (!published.isEmpty()) {
      jdbc.sql("delete from agreement_acceptance where version in (:versions)").param("versions", published).update();
      jdbc.sql("delete from program_agreement where version in (:versions)").param("versions", published).update();
    }
  }

  @Test
  @DisplayName("R-MEM-6: a registering organization accepts the current agreement, its founder accepting; no banner")
  void registrationAcceptsTheCurrentVersion() {
    JsonNode current = new Http(port).get("/api/agreement").json();
    assertThat(current.get("version").asText()).isNotBlank();
    assertThat(current.get("text").asText()).contains("agreement");

    Document page = browser().get("/portal/agreement").page();
    assertThat(page.select("table.acceptances td").eachText())
        .contains(current.get("version").asText(), partner.adminEmail());
    assertThat(page.select(".agreement-banner")).isEmpty();
    assertThat(page.select("form[action=/portal/agreement/accept]")).isEmpty();
  }

  @Test
  @DisplayName("R-MEM-6: only the RSC lead or a Camunda admin publishes a version (401 partner, 403 rsc), once (409)")
  void staffPublishANewVersion() {
    String version = version();
    String body = "{\"version\": \"" + version + "\", \"text\": \"The new terms.\"}";
    assertThat(admin.post("/api/admin/agreements", body).status()).isEqualTo(401);
    assertThat(rscStaff().post("/api/admin/agreements", body).status()).isEqualTo(403);
    assertThat(staff.post("/api/admin/agreements", "{\"version\": \"no spaces\", \"text\": \"x\"}").body())
        .contains("version");

    Http.Response created = publish(version);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("publishedBy").asText()).isNotBlank();
    assertThat(new Http(port).get("/api/agreement").json().get("version").asText()).isEqualTo(version);

    Http.Response again = staff.post("/api/admin/agreements", body);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains("R-MEM-6");

    Partner newcomer = partners.register("DE");
    assertThat(new Http(port).signIn(newcomer.adminEmail(), TestPartners.PASSWORD).get("/portal/orders").page()
        .select(".agreement-banner")).isEmpty();
  }

  @Test
  @DisplayName("R-MEM-6: a new version shows on every portal page until a global admin accepts it; members may not")
  void bannerUntilAGlobalAdminAccepts() {
    String version = version();
    publish(version);
    Http browser = browser();
    for (String page : List.of("/portal", "/portal/orders", "/portal/licenses")) {
      assertThat(browser.get(page).page().select(".agreement-banner a[href=/portal/agreement]").text())
          .as(page).isEqualTo("Review and accept");
    }
    assertThat(browser.get("/portal").page().select("#agreement-waiting a").attr("href"))
        .as("the home page lists it with what waits").isEqualTo("/portal/agreement");

    String org = "/api/organizations/" + partner.organizationId() + "/agreement";
    Http.Response byMember = partners.memberOf(partner, port).post(org, "{\"version\": \"" + version + "\"}");
    assertThat(byMember.status()).isEqualTo(403);
    assertThat(byMember.body()).contains("R-MEM-6");
    Http.Response wrong = admin.post(org, "{\"version\": \"2026-1\"}");
    assertThat(wrong.status()).isEqualTo(409);
    assertThat(wrong.body()).contains("R-MEM-6");

    Http.Response accepted = browser.submit("/portal/agreement/accept", Map.of("version", version));
    Document page = browser.follow(accepted).page();
    assertThat(page.select(".alert-success").text()).contains(version);
    assertThat(page.select(".agreement-banner")).isEmpty();
    assertThat(page.select("table.acceptances tr").eachText())
        .anyMatch(row -> row.contains(version) && row.contains(partner.adminEmail()));
    assertThat(admin.post(org, "{\"version\": \"" + version + "\"}").status()).isEqualTo(204);
  }

  @Test
  @DisplayName("R-MEM-6: orders go through within 30 days of a new version, are refused after, and go again once accepted")
  void ordersRefusedAfterThirtyDaysUntilAccepted() {
    publish(version());
    String orders = "/api/organizations/" + partner.organizationId();
    String plate = "{\"items\": [{\"kind\": \"PLATE\", \"locationId\": \"" + partner.hqLocationId() + "\"}]}";
    assertThat(admin.post(orders + "/plaques/orders", plate).status()).isEqualTo(201);

    clock.advance(Duration.ofDays(31));
    try {
      for (Http.Response refused : List.of(admin.post(orders + "/plaques/orders", plate),
          admin.post(orders + "/membership/action-pack", ""),
          admin.post(orders + "/abtk/orders", "{\"locationId\": \"" + partner.hqLocationId()
              + "\", \"level\": \"SILVER\"}"))) {
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("R-MEM-6");
      }
      String current = admin.get("/api/agreement").json().get("version").asText();
      assertThat(admin.post(orders + "/agreement", "{\"version\": \"" + current + "\"}").status()).isEqualTo(204);
      assertThat(admin.post(orders + "/membership/action-pack", "").status()).isEqualTo(201);
    } finally {
      clock.advance(Duration.ofDays(-31));
    }
  }

  private Http.Response publish(String version) {
    Http.Response created = staff.post("/api/admin/agreements", "{\"version\": \"" + version
        + "\", \"text\": \"Version " + version + " of the agreement.\"}");
    published.add(version);
    return created;
  }

  private static String version() {
    return "test-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private Http browser() {
    return new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);
  }

  /** Program staff in group rsc, not its lead. */
  private Http rscStaff() {
    if (identity.createUserQuery().userId(RSC_USER).count() == 0) {
      if (identity.createGroupQuery().groupId("rsc").count() == 0) {
        identity.saveGroup(identity.newGroup("rsc"));
      }
      var user = identity.newUser(RSC_USER);
      user.setPassword(RSC_PASSWORD);
      identity.saveUser(user);
      identity.createMembership(RSC_USER, "rsc");
    }
    return new Http(port).as(RSC_USER, RSC_PASSWORD);
  }
}
