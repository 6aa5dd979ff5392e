package org.pmc.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 17 (api.md PUT /api/organizations/{org}/people/{id}/location), R-ROLE-4: an admin moves a person to another
 * location; a location admin only between locations they manage.
 */
class PersonMoveTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  JdbcClient jdbc;

  @Test
  @DisplayName("R-ROLE-4: a global admin moves a person to any location of the organization: 200 person, logged")
  void globalAdminMovesAnywhere() {
    Partner partner = partners.register("DE");
    String branch = addLocation(partner, "Branch");
    String person = invite(partner, partner.hqLocationId().toString());

    Http.Response moved = admin(partner).put(path(partner, person), location(branch));

    assertThat(moved.status()).isEqualTo(200);
    assertThat(moved.json().get("locationId").asText()).isEqualTo(branch);
    assertThat(jdbc.sql("select count(*) from activity where organization_id = ? and type = 'PERSON_MOVED'")
        .param(partner.organizationId()).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  @DisplayName("R-ROLE-4: a location admin moves people only between locations they manage: 403 naming the rule otherwise; a member gets 403")
  void locationAdminWithinTheirScope() {
    Partner partner = partners.register("DE");
    String north = addLocation(partner, "North");
    String northSub = addLocation(partner, "North Sub", north);
    String south = addLocation(partner, "South");
    Http manager = partners.locationAdminOf(partner, north, port);
    String inNorth = invite(partner, north);
    String inSouth = invite(partner, south);

    Http.Response within = manager.put(path(partner, inNorth), location(northSub));
    Http.Response outOfScopeTarget = manager.put(path(partner, inNorth), location(south));
    Http.Response outOfScopePerson = manager.put(path(partner, inSouth), location(north));

    assertThat(within.status()).isEqualTo(200);
    assertThat(outOfScopeTarget.status()).isEqualTo(403);
    assertThat(outOfScopeTarget.body()).contains("R-ROLE-4");
    assertThat(outOfScopePerson.status()).isEqualTo(403);
  }

  @Test
  @DisplayName("R-ROLE-4: another organization's person is 404, another organization's location or none is 400 naming locationId")
  void foreignPeopleAndLocations() {
    Partner partner = partners.register("DE");
    Partner other = partners.register("FR");
    String person = invite(partner, partner.hqLocationId().toString());

    Http.Response foreignPerson = admin(partner).put(path(partner, other.adminId().toString()),
        location(partner.hqLocationId().toString()));
    Http.Response foreignLocation = admin(partner).put(path(partner, person),
        location(other.hqLocationId().toString()));
    Http.Response noLocation = admin(partner).put(path(partner, person), "{}");

    assertThat(foreignPerson.status()).isEqualTo(404);
    assertThat(foreignLocation.status()).isEqualTo(400);
    assertThat(foreignLocation.json().get("errors").findValuesAsText("field")).containsExactly("locationId");
    assertThat(noLocation.json().get("errors").findValuesAsText("field")).containsExactly("locationId");
  }

  @Test
  @DisplayName("Issue 17: on the people list an admin moves a person with a location select (CSRF form)")
  void movePage() {
    Partner partner = partners.register("DE");
    String branch = addLocation(partner, "Branch");
    String person = invite(partner, partner.hqLocationId().toString());
    Http browser = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);
    assertThat(browser.get("/portal/people/" + person + "/location").page().select("select#locationId option"))
        .hasSizeGreaterThanOrEqualTo(2);

    Http.Response moved = browser.submit("/portal/people/" + person + "/location", Map.of("locationId", branch));

    assertThat(moved.status()).isEqualTo(302);
    assertThat(jdbc.sql("select location_id from individual where id = ?").param(UUID.fromString(person))
        .query(UUID.class).single().toString()).isEqualTo(branch);
  }

  private Http admin(Partner partner) {
    return new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
  }

  private static String path(Partner partner, String person) {
    return "/api/organizations/" + partner.organizationId() + "/people/" + person + "/location";
  }

  private static String location(String locationId) {
    return "{\"locationId\": \"" + locationId + "\"}";
  }

  private String addLocation(Partner partner, String name) {
    return addLocation(partner, name, partner.hqLocationId().toString());
  }

  private String addLocation(Partner partner, String name, String parent) {
    return admin(partner).post("/api/organizations/" + partner.organizationId() + "/locations", """
        {"name": "%s", "country": "DE", "parentId": "%s"}""".formatted(name, parent)).json().get("id").asText();
  }

  private String invite(Partner partner, String location) {
    String email = "moved-" + UUID.randomUUID().toString().substring(0, 8) + "@partner.example";
    return admin(partner).post("/api/organizations/" + partner.organizationId() + "/invitations",
        "{\"emails\": \"" + email + "\", \"locationId\": \"" + location + "\"}").json().get("invited").get(0)
        .get("individualId").asText();
  }
}
