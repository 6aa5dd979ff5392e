package org.pmc.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.internal.NewLocation;
import org.springframework.beans.factory.annotation.Autowired;

/** The portal page "MCPs" as a signed-in admin uses it (R-MCP-1..3). */
class McpPortalTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  TestMcps mcps;
  @Autowired
  OrganizationService organizations;

  Partner partner;
  Http browser;

  @BeforeEach
  void signIn() {
    partner = partners.register("IE");
    browser = new Http(port);
    String csrf = browser.get("/portal/login").csrfToken();
    Http.Response signedIn = browser.postForm("/portal/login",
        Map.of("username", partner.adminEmail(), "password", TestPartners.PASSWORD, "_csrf", csrf));
    assertThat(signedIn.header("Location")).endsWith("/portal");
  }

  @Test
  @DisplayName("R-MCP-1: the menu leads to the page; without MCPs it says how to get some")
  void emptyPageExplainsWhatToDo() {
    assertThat(Jsoup.parse(browser.get("/portal").body()).select("a.dropdown-item").eachText()).contains("MCPs");
    Document page = Jsoup.parse(browser.get("/portal/mcps").body());
    assertThat(page.select("h1").text()).isEqualTo("MCPs");
    assertThat(page.select("#empty").text()).contains("No MCPs here yet");
    assertThat(page.select("#export").attr("href")).startsWith("/portal/mcps.csv");
  }

  @Test
  @DisplayName("R-MCP-2: the invite form shows each refusal on its field, and an invitation on the Invited list")
  void inviteFormShowsErrorsOnTheFields() {
    String mcpId = mcps.register("Paula", "Portal", "MCSA_OFFICE_365");
    String csrf = browser.get("/portal/mcps").csrfToken();

    Document invalid = Jsoup.parse(browser.postForm("/portal/mcps/invitations", Map.of("mcpId", "",
        "email", "not-an-address", "locationId", partner.hqLocationId().toString(), "_csrf", csrf)).body());
    assertThat(invalid.select("#mcpId.is-invalid")).hasSize(1);
    assertThat(invalid.select("#email.is-invalid")).hasSize(1);
    assertThat(invalid.select("#email").val()).isEqualTo("not-an-address");

    Document wrongAddress = Jsoup.parse(browser.postForm("/portal/mcps/invitations", Map.of("mcpId", mcpId,
        "email", "someone@else.example", "locationId", partner.hqLocationId().toString(), "_csrf", csrf)).body());
    assertThat(wrongAddress.select("#email.is-invalid")).hasSize(1);
    assertThat(wrongAddress.select("#email ~ .invalid-feedback").text())
        .contains("is not the address this MCP registered with");
    assertThat(wrongAddress.select("#mcpId.is-invalid")).isEmpty();

    Http.Response invited = browser.postForm("/portal/mcps/invitations", Map.of("mcpId", mcpId,
        "email", TestMcps.email(mcpId), "locationId", partner.hqLocationId().toString(), "_csrf", csrf));
    assertThat(invited.status()).isEqualTo(302);
    assertThat(invited.header("Location")).endsWith("/portal/mcps?status=INVITED");
    Document listed = Jsoup.parse(browser.get("/portal/mcps?status=INVITED").body());
    assertThat(listed.select("[role=status]").text()).contains("We emailed Paula Portal");
    assertThat(listed.select("#mcps tbody tr")).hasSize(1);
    assertThat(listed.select("#mcps tbody tr").text()).contains(mcpId, "MCSA: Office 365", "Messaging", "Invited");

    Document twice = Jsoup.parse(browser.postForm("/portal/mcps/invitations", Map.of("mcpId", mcpId,
        "email", TestMcps.email(mcpId), "locationId", partner.hqLocationId().toString(), "_csrf", csrf)).body());
    assertThat(twice.select("#mcpId ~ .invalid-feedback").text()).contains("R-MCP-2");
  }

  @Test
  @DisplayName("R-MCP-1, R-MCP-2: filters, 25 a page, the export link keeps the filters, a row moves to another location")
  void filtersPagesExportAndMove() {
    UUID dublin = organizations.addLocation(partner.organizationId(),
        new NewLocation("Dublin", "IE", partner.hqLocationId())).id();
    for (int i = 0; i < 26; i++) {
      mcps.associate(partner, mcps.register("Pat", String.format("Row%02d", i), "MCSA_WINDOWS_10"),
          partner.hqLocationId());
    }
    String cloud = mcps.register("Cleo", "Cloud", "MCSE_CLOUD_PLATFORM");
    mcps.associate(partner, cloud, partner.hqLocationId());

    Document first = Jsoup.parse(browser.get("/portal/mcps").body());
    assertThat(first.select("#mcps tbody tr")).hasSize(25);
    assertThat(first.select(".pagination").text()).contains("1 of 2");
    assertThat(Jsoup.parse(browser.get("/portal/mcps?page=1").body()).select("#mcps tbody tr")).hasSize(2);

    Document filtered = Jsoup.parse(browser.get("/portal/mcps?certification=MCSE_CLOUD_PLATFORM&name=cl").body());
    assertThat(filtered.select("#mcps tbody tr")).hasSize(1);
    assertThat(filtered.select("#mcps tbody tr").text()).contains(cloud, "Datacenter", "Cloud Platform");
    String export = filtered.select("#export").attr("href");
    assertThat(export).contains("certification=MCSE_CLOUD_PLATFORM", "name=cl");
    Http.Response csv = browser.get(export);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"mcps.csv\"");
    assertThat(csv.body().lines()).hasSize(2).last().asString().startsWith(cloud + ",Cleo,Cloud,");

    Http.Response moved = browser.postForm("/portal/mcps/" + cloud + "/location",
        Map.of("locationId", dublin.toString(), "_csrf", filtered.select("input[name=_csrf]").val()));
    assertThat(moved.status()).isEqualTo(302);
    Document atDublin = Jsoup.parse(browser.get("/portal/mcps?locationId=" + dublin).body());
    assertThat(atDublin.select("[role=status]").text()).contains("now counts at Dublin");
    assertThat(atDublin.select("#mcps tbody tr")).hasSize(1);
    assertThat(atDublin.select("#mcps tbody tr td").get(1).text()).isEqualTo("Dublin");

    assertThat(browser.get("/portal/mcps?certification=KNITTING").status()).isEqualTo(400);
  }
}
