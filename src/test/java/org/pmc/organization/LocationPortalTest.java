package org.pmc.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.organization.internal.Location;
import org.pmc.organization.internal.Locations;
import org.pmc.people.internal.Invitations;
import org.springframework.beans.factory.annotation.Autowired;

/** The "Manage Locations" page, driven like a browser: signed in through the form, with CSRF. */
class LocationPortalTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  OrganizationService organizations;
  @Autowired
  Invitations invitations;

  Partner partner;
  Http portal;
  String hq;

  @BeforeEach
  void signIn() {
    partner = partners.register("DK");
    hq = partner.hqLocationId().toString();
    portal = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);
  }

  @Test
  @DisplayName("R-LOC-3: a refusal reads in the admin's language, naming the rule; in English it stays specific")
  void refusalInTheReadersLanguage() {
    String north = add("North", hq);
    String northEast = add("North East", north);
    portal.submit("/language", Map.of("language", "de"));

    Http.Response refused = portal.submit("/portal/locations/" + north + "/move", Map.of("parentId", northEast));

    assertThat(portal.follow(refused).page().select(".alert-danger").text()).isEqualTo("North kann nicht verschoben "
        + "werden: Ein Standort kann nicht unter sich selbst oder einen seiner Unterstandorte verschoben werden. (R-LOC-3)");
  }

  @Test
  @DisplayName("R-LOC-1, R-LOC-3: the tree shows a child under the HQ; Move refuses a location under its own child (R-LOC-3)")
  void treeAndMove() {
    String north = add("North", hq);
    String northEast = add("North East", north);
    String south = add("South", hq);

    Document page = portal.get("/portal/locations").page();
    assertThat(page.select(".location-tree > li > .location-row strong").eachText())
        .containsExactly(partner.name() + " HQ");
    assertThat(page.select("#location-" + hq + " + ul > li > .location-row strong").eachText())
        .containsExactly("North", "South");
    assertThat(page.select("#location-" + north + " + ul > li > .location-row strong").eachText())
        .containsExactly("North East");

    Http.Response refused = portal.submit("/portal/locations/" + north + "/move", Map.of("parentId", northEast));
    assertThat(refused.redirectPath()).isEqualTo("/portal/locations");
    assertThat(portal.follow(refused).page().select(".alert-danger").text())
        .contains("Cannot move North", "(R-LOC-3)");
    assertThat(organizations.location(partner.organizationId(), java.util.UUID.fromString(north)).parentId())
        .hasToString(hq);

    Http.Response moved = portal.submit("/portal/locations/" + north + "/move", Map.of("parentId", south));
    Document after = portal.follow(moved).page();
    assertThat(after.select(".alert-success").text()).contains("North moved under South");
    assertThat(after.select("#location-" + south + " + ul .location-row strong").eachText())
        .containsExactly("North", "North East");
  }

  @Test
  @DisplayName("R-LOC-4: Make HQ asks first; then the new HQ is the root and the old HQ its child; the HQ does not move")
  void makeHeadquarters() {
    String north = add("North", hq);

    Http.Response confirm = portal.get("/portal/locations/" + north + "/headquarters");
    assertThat(confirm.status()).isEqualTo(200);
    assertThat(confirm.page().select("main h1").text()).isEqualTo("Make North the HQ?");
    assertThat(organizations.organization(partner.organizationId()).hqLocationId()).hasToString(hq);

    Document after = portal.follow(portal.submit("/portal/locations/" + north + "/headquarters", Map.of())).page();
    assertThat(after.select(".alert-success").text()).contains("North is now the HQ");
    assertThat(after.select(".location-tree > li > .location-row strong").eachText()).containsExactly("North");
    assertThat(after.select("#location-" + north + " + ul > li > .location-row strong").eachText())
        .containsExactly(partner.name() + " HQ");

    Http.Response hqMove = portal.submit("/portal/locations/" + north + "/move", Map.of("parentId", hq));
    assertThat(portal.follow(hqMove).page().select(".alert-danger").text()).contains("(R-LOC-4)");
  }

  @Test
  @DisplayName("R-LOC-1: Add location checks its fields on the form")
  void addLocationValidates() {
    Http.Response refused = portal.submit("/portal/locations", Map.of("name", " ", "country", "DK",
        "parentId", hq));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.page().select("#name.is-invalid")).hasSize(1);
    Http.Response badCountry = portal.submit("/portal/locations", Map.of("name", "Nowhere", "country", "XX",
        "parentId", hq));
    assertThat(badCountry.page().select("#country.is-invalid")).hasSize(1);
  }

  @Test
  @DisplayName("R-ROLE-4: a member sees the tree but no forms, and cannot add or move a location")
  void memberReadsOnly() {
    String north = add("North", hq);
    Http api = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    String id = api.post("/api/organizations/" + partner.organizationId() + "/invitations",
        "{\"emails\": \"mia@locations.example\", \"locationId\": \"" + hq + "\"}").json()
        .get("invited").get(0).get("individualId").asText();
    invitations.completeProfile(java.util.UUID.fromString(id), "Mia", "Member", "mias-long-password");
    Http member = new Http(port).signIn("mia@locations.example", "mias-long-password");

    Document page = member.get("/portal/locations").page();
    assertThat(page.select(".location-row strong").eachText()).contains("North");
    assertThat(page.select("main form")).isEmpty();
    assertThat(member.submit("/portal/locations", Map.of("name", "X", "country", "DK", "parentId", hq)).status())
        .isEqualTo(403);
    assertThat(member.submit("/portal/locations/" + north + "/move", Map.of("parentId", hq)).status())
        .isEqualTo(403);
  }

  private String add(String name, String parent) {
    Http.Response added = portal.submit("/portal/locations", Map.of("name", name, "country", "DK",
        "parentId", parent));
    assertThat(added.redirectPath()).isEqualTo("/portal/locations");
    assertThat(portal.follow(added).page().select(".alert-success").text())
        .contains("Location " + name + " added under");
    return organizations.locations(partner.organizationId()).stream()
        .filter(location -> location.name().equals(name)).findFirst().orElseThrow().id().toString();
  }
}
