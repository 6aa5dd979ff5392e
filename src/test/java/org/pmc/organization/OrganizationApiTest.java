package org.pmc.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Registration, the program year and the location tree over the API. */
class OrganizationApiTest extends IntegrationTest {

  /** Issue 15: today by the application clock (UTC), not the machine's zone. */
  @Autowired
  Clock clock;

  @Test
  @DisplayName("R-MEM-1..3, R-LOC-1, R-PPL-8: a new organization is a Network member with an HQ, a year to its anniversary and a partner number")
  void registrationCreatesANetworkMemberWithItsHqAndAdmin() {
    Http http = new Http(port);
    JsonNode organization = signUp().register("Tailspin Toys", "jp", "Kenji", "Sato",
        "Kenji@Tailspin.example", "a-long-password");
    assertThat(organization.get("partnerNumber").asText()).matches("[1-9][0-9]{6}");
    LocalDate anniversary = LocalDate.now(clock).plusYears(1);
    assertThat(organization.get("membershipLevel").asText()).isEqualTo("NETWORK");
    assertThat(organization.get("anniversaryDate").asText()).isEqualTo(anniversary.toString());
    assertThat(organization.get("reenrollmentWindowStart").asText())
        .isEqualTo(anniversary.minusDays(90).toString());

    String org = organization.get("id").asText();
    http.as("kenji@tailspin.example", "a-long-password");
    JsonNode locations = http.get("/api/organizations/" + org + "/locations").json();
    assertThat(locations).hasSize(1);
    assertThat(locations.get(0).get("id").asText()).isEqualTo(organization.get("hqLocationId").asText());
    assertThat(locations.get(0).get("hq").asBoolean()).isTrue();
    assertThat(locations.get(0).get("country").asText()).isEqualTo("JP");
    assertThat(locations.get(0).get("currency").asText()).isEqualTo("JPY");

    JsonNode people = http.get("/api/organizations/" + org + "/people").json();
    assertThat(people).hasSize(1);
    assertThat(people.get(0).get("email").asText()).isEqualTo("kenji@tailspin.example");
    assertThat(people.get(0).get("status").asText()).isEqualTo("ASSOCIATED");
    assertThat(people.get(0).get("role").asText()).isEqualTo("GLOBAL_ADMIN");
    assertThat(people.get(0).get("locationId").asText()).isEqualTo(organization.get("hqLocationId").asText());
  }

  @Test
  @DisplayName("R-LOC-1: locations hang under a location of the same organization")
  void locationsAreAddedUnderAnExistingLocation() {
    Http http = new Http(port);
    JsonNode organization = signUp().register("Wide World Importers", "US", "W", "W",
        "ww@importers.example", "a-long-password");
    String org = organization.get("id").asText();
    http.as("ww@importers.example", "a-long-password");

    Http.Response added = http.post("/api/organizations/" + org + "/locations", """
        {"name": "Toronto", "country": "CA", "parentId": "%s"}""".formatted(organization.get("hqLocationId").asText()));
    assertThat(added.status()).isEqualTo(201);
    assertThat(added.json().get("parentId").asText()).isEqualTo(organization.get("hqLocationId").asText());
    assertThat(added.json().get("currency").asText()).isEqualTo("CAD");
    assertThat(added.json().get("hq").asBoolean()).isFalse();

    Http.Response orphan = http.post("/api/organizations/" + org + "/locations", """
        {"name": "Nowhere", "country": "CA", "parentId": "00000000-0000-0000-0000-000000000000"}""");
    assertThat(orphan.status()).isEqualTo(400);
    assertThat(orphan.json().get("errors").get(0).get("field").asText()).isEqualTo("parentId");
    assertThat(http.get("/api/organizations/" + org + "/locations").json()).hasSize(2);
  }

  @Test
  @DisplayName("R-COMP-1, R-COMP-3: the public catalog lists six Centers of Excellence and the requirements")
  void competencyCatalogIsPublic() {
    JsonNode catalog = new Http(port).get("/api/competencies").json();
    assertThat(catalog).hasSize(17);
    assertThat(catalog.findValuesAsText("centerOfExcellence")).containsOnly("App Development and ISV",
        "Cloud Platform and Infrastructure", "Data Management and Analytics", "Business Applications", "Mobility",
        "Productivity");
    JsonNode first = catalog.get(0);
    assertThat(first.get("code").asText()).isEqualTo("APPLICATION_DEVELOPMENT");
    assertThat(first.get("requirements").toString())
        .contains("\"level\":\"SILVER\",\"customerReferences\":3,\"mcps\":2")
        .contains("\"level\":\"GOLD\",\"customerReferences\":5,\"mcps\":4");
  }
}
