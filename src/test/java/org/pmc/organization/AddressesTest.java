package org.pmc.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;

/** Postal addresses of locations (R-ABTK-20) and the organization's profile: billing address and VAT id (R-ABTK-19). */
class AddressesTest extends IntegrationTest {

  private static final String BILLING = """
      {"name": "Fabrikam GmbH", "vatId": "de 123456789",
       "billingAddress": {"line1": " Unter den Linden 1 ", "line2": "Floor 3", "city": "Berlin",
                          "postalCode": "10117", "region": "Berlin", "country": "de"}}""";

  @Autowired
  TestPartners partners;

  Partner partner;
  Http admin;
  String munich;
  String hamburg;

  @BeforeEach
  void partnerWithTwoLocations() {
    partner = partners.register("DE");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    munich = location("Munich");
    hamburg = location("Hamburg");
  }

  @Test
  @DisplayName("R-ABTK-19: a global admin sets the name, billing address and VAT id; the organization shows them, logged")
  void globalAdminSetsTheProfile() {
    Http.Response changed = admin.put(org("/profile"), BILLING);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);

    JsonNode organization = admin.get(org("")).json();
    assertThat(organization.get("name").asText()).isEqualTo("Fabrikam GmbH");
    assertThat(organization.get("partnerNumber").asText()).isEqualTo(partner.partnerNumber());
    assertThat(organization.get("vatId").asText()).isEqualTo("DE 123456789");
    JsonNode address = organization.get("billingAddress");
    assertThat(address.get("line1").asText()).isEqualTo("Unter den Linden 1");
    assertThat(address.get("country").asText()).isEqualTo("DE");
    assertThat(admin.get(org("/activity?type=ORGANIZATION_PROFILE_CHANGED")).json().get(0).get("summary").asText())
        .contains("Unter den Linden 1, Floor 3, 10117 Berlin, Berlin, DE", "DE 123456789");
  }

  @Test
  @DisplayName("R-ABTK-19: bad profile input is refused with 400 naming the field, and nothing changes")
  void badProfileInputNamesTheField() {
    assertField(admin.put(org("/profile"), BILLING.replace("Unter den Linden 1", "x".repeat(201))),
        "billingAddress.line1");
    assertField(admin.put(org("/profile"), BILLING.replace("\"de\"}", "\"XX\"}")), "billingAddress.country");
    assertField(admin.put(org("/profile"), BILLING.replace("\"city\": \"Berlin\",", "")), "billingAddress.city");
    assertField(admin.put(org("/profile"), BILLING.replace("de 123456789", "<script>")), "vatId");
    assertThat(admin.get(org("")).json().get("billingAddress").isNull()).isTrue();
  }

  @Test
  @DisplayName("R-ROLE-4: only global admins change the organization's profile")
  void locationAdminsCannotChangeTheProfile() {
    Http manager = partners.locationAdminOf(partner, munich, port);
    assertThat(manager.put(org("/profile"), BILLING).status()).isEqualTo(403);
    assertThat(admin.get(org("")).json().get("name").asText()).isEqualTo(partner.name());
  }

  @Test
  @DisplayName("R-ABTK-20, R-ROLE-4: a location admin sets the address of their location, not of another; the list shows it")
  void locationAdminSetsTheAddressOfTheirLocation() {
    Http manager = partners.locationAdminOf(partner, munich, port);
    String body = """
        {"name": "Munich Office", "address": {"line1": "Marienplatz 8", "city": "München", "postalCode": "80331",
         "country": "DE"}}""";

    Http.Response changed = manager.put(org("/locations/" + munich), body);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("address").get("city").asText()).isEqualTo("München");
    assertThat(manager.put(org("/locations/" + hamburg), body).status()).isEqualTo(403);

    JsonNode listed = find(admin.get(org("/locations")).json(), munich);
    assertThat(listed.get("name").asText()).isEqualTo("Munich Office");
    assertThat(listed.get("address").get("line1").asText()).isEqualTo("Marienplatz 8");
    assertThat(find(admin.get(org("/locations")).json(), hamburg).get("address").isNull()).isTrue();
    assertThat(admin.get(org("/activity?type=LOCATION_CHANGED")).json().get(0).get("summary").asText())
        .contains("Marienplatz 8, 80331 München, DE");
  }

  @Test
  @DisplayName("R-ABTK-20: a location's address needs line1, city, postal code and an ISO country: 400 naming the field")
  void incompleteLocationAddressNamesTheField() {
    assertField(admin.put(org("/locations/" + munich), """
        {"name": "Munich", "address": {"line1": "Marienplatz 8", "city": "München", "country": "DE"}}"""),
        "address.postalCode");
    assertField(admin.put(org("/locations/" + munich), """
        {"name": "Munich", "address": {"line1": "Marienplatz 8", "city": "München", "postalCode": "80331",
         "country": "QQ"}}"""), "address.country");
    assertThat(admin.put(org("/locations/" + UUID.randomUUID()), """
        {"name": "Nowhere"}""").status()).isEqualTo(404);
  }

  private void assertField(Http.Response response, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().get("errors").findValuesAsText("field")).contains(field);
  }

  private static JsonNode find(JsonNode locations, String id) {
    for (JsonNode location : locations) {
      if (location.get("id").asText().equals(id)) {
        return location;
      }
    }
    throw new AssertionError("no location " + id);
  }

  private String location(String name) {
    return admin.post(org("/locations"), """
        {"name": "%s", "country": "DE", "parentId": "%s"}""".formatted(name, partner.hqLocationId()))
        .json().get("id").asText();
  }

  private String org(String path) {
    return "/api/organizations/" + partner.organizationId() + path;
  }
}
