package org.pmc.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;

/** The portal's Benefits page (Orders & Benefits): per location, by source, with its location filter and CSV. */
class BenefitsPortalTest extends IntegrationTest {

  @Autowired
  TestPartners partners;

  Partner partner;
  Http browser;
  String branch;

  @BeforeEach
  void networkMemberWithBranch() {
    partner = partners.register("DE");
    Http admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    branch = admin.post("/api/organizations/" + partner.organizationId() + "/locations", """
        {"name": "Munich", "country": "DE", "parentId": "%s",
         "address": {"line1": "2 Main Street", "city": "Munich", "postalCode": "80331", "country": "DE"}}"""
        .formatted(partner.hqLocationId())).json().get("id").asText();
    browser = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);
  }

  @Test
  @DisplayName("R-MEM-2, R-ABTK-10: Benefits lists the level's benefits under the HQ with source, quantity and expiry")
  void membershipBenefitsUnderTheHq() {
    Document page = browser.get("/portal/benefits").page();

    assertThat(page.select("nav a[href=/portal/benefits]")).isNotEmpty();
    assertThat(page.select("table.benefits tbody tr").eachText())
        .anyMatch(row -> row.contains(partner.name() + " HQ") && row.contains("Online partner community")
            && row.contains("Membership"));
  }

  @Test
  @DisplayName("R-ABTK-10: a location with an active competency shows its COMPETENCY benefits; one with none says how to get some")
  void competencyBenefitsPerLocationAndEmptyState() {
    Document empty = browser.get("/portal/benefits?locationId=" + branch).page();
    assertThat(empty.select("table.benefits")).isEmpty();
    assertThat(empty.select(".empty").text()).contains("No benefits here yet");

    assertThat(new Http(port).asCamundaAdmin().put("/api/admin/locations/" + branch
        + "/competencies/CLOUD_PRODUCTIVITY", "{\"level\": \"SILVER\", \"status\": \"ACTIVE_EARNED\"}").status())
        .isEqualTo(200);
    Document page = browser.get("/portal/benefits?locationId=" + branch).page();
    assertThat(page.select("table.benefits .source").eachText()).isNotEmpty().containsOnly("Competency");

    String csv = new String(browser.download("/portal/benefits.csv?locationId=" + branch).body(),
        StandardCharsets.UTF_8);
    assertThat(csv).startsWith("location,benefit,title,quantity,source,expiresOn").contains("Munich,")
        .contains(",COMPETENCY,").doesNotContain("MEMBERSHIP");
  }
}
