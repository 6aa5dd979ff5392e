package org.pmc.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.people.internal.Invitations;
import org.springframework.beans.factory.annotation.Autowired;

/** ABTK offers through the API: eligibility from the decision, prices in the location's currency. */
class AbtkOffersTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  Invitations invitations;

  Partner partner;
  Http admin;
  Http staff;

  @BeforeEach
  void germanPartner() {
    partner = partners.register("DE");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    staff = new Http(port).asCamundaAdmin();
  }

  @Test
  @DisplayName("R-ABTK-2: the HQ cannot order an ABTK, even with a gold competency")
  void headquartersIsRefused() {
    competency(partner.hqLocationId().toString(), "GOLD", "ACTIVE_EARNED");

    JsonNode offers = offers(partner.hqLocationId().toString());

    assertThat(offers).hasSize(2);
    offers.forEach(offer -> {
      assertThat(offer.get("eligible").asBoolean()).isFalse();
      assertThat(offer.get("rule").asText()).isEqualTo("R-ABTK-2");
    });
  }

  @Test
  @DisplayName("R-ABTK-4, R-ABTK-18: a silver location may buy silver, not gold; prices in EUR without tax")
  void silverLocationBuysSilverOnly() {
    String branch = addLocation("Berlin", "DE");
    competency(branch, "SILVER", "ACTIVE_PRE_APPROVED");

    JsonNode offers = offers(branch);

    JsonNode silver = offer(offers, "SILVER");
    assertThat(silver.get("locationId").asText()).isEqualTo(branch);
    assertThat(silver.get("eligible").asBoolean()).isTrue();
    assertThat(silver.get("rule").asText()).isEmpty();
    assertThat(silver.get("price").get("amount").isTextual()).isTrue();
    assertThat(silver.get("price").get("amount").asText()).isEqualTo("1536.40");
    assertThat(silver.get("price").get("currency").asText()).isEqualTo("EUR");
    assertThat(silver.get("taxIncluded").asBoolean()).isFalse();
    assertThat(silver.get("note").asText()).isEqualTo("Prices exclude tax (VAT, GST, PST).");
    JsonNode gold = offer(offers, "GOLD");
    assertThat(gold.get("eligible").asBoolean()).isFalse();
    assertThat(gold.get("rule").asText()).isEqualTo("R-ABTK-4");
    assertThat(gold.get("price").get("amount").asText()).isEqualTo("4351.60");
  }

  @Test
  @DisplayName("R-ABTK-5, R-ABTK-18: a gold location may buy silver or gold; a Japanese location pays whole yen")
  void goldLocationBuysEither() {
    String tokyo = addLocation("Tokyo", "JP");
    competency(tokyo, "GOLD", "ACTIVE_EARNED");

    JsonNode offers = offers(tokyo);

    assertThat(offer(offers, "SILVER").get("eligible").asBoolean()).isTrue();
    assertThat(offer(offers, "GOLD").get("eligible").asBoolean()).isTrue();
    assertThat(offer(offers, "SILVER").get("price").get("amount").asText()).isEqualTo("252170");
    assertThat(offer(offers, "GOLD").get("price").get("amount").asText()).isEqualTo("714230");
    assertThat(offer(offers, "GOLD").get("price").get("currency").asText()).isEqualTo("JPY");
  }

  @Test
  @DisplayName("R-ABTK-16: without an active competency at the location itself there is nothing to order")
  void noCompetencyIsRefused() {
    String branch = addLocation("Munich", "DE");
    competency(partner.hqLocationId().toString(), "GOLD", "ACTIVE_EARNED");
    String lapsed = addLocation("Hamburg", "DE");
    competency(lapsed, "GOLD", "LAPSED");

    JsonNode all = admin.get("/api/organizations/" + partner.organizationId() + "/abtk/offers").json();

    assertThat(all).hasSize(6);
    for (String location : new String[] {branch, lapsed}) {
      for (JsonNode offer : all) {
        if (offer.get("locationId").asText().equals(location)) {
          assertThat(offer.get("eligible").asBoolean()).isFalse();
          assertThat(offer.get("rule").asText()).isEqualTo("R-ABTK-16");
        }
      }
    }
  }

  @Test
  @DisplayName("R-ABTK-8: a location admin sees offers for the locations they manage, 403 for others")
  void locationAdminOnlyForTheirLocations() {
    String east = addLocation("East", "DE");
    String west = addLocation("West", "DE");
    String email = "manager-" + UUID.randomUUID().toString().substring(0, 8) + "@abtk.example";
    String manager = associate(email);
    assertThat(admin.put(org("/admins/" + manager), """
        {"role": "LOCATION_ADMIN", "locationIds": ["%s"]}""".formatted(east)).status()).isEqualTo(200);
    Http locationAdmin = new Http(port).as(email, "a-long-password");

    assertThat(locationAdmin.get(org("/abtk/offers?locationId=" + east)).status()).isEqualTo(200);
    var refused = locationAdmin.get(org("/abtk/offers?locationId=" + west));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("rule").asText()).isEqualTo("R-ABTK-8");
    assertThat(locationAdmin.get(org("/abtk/offers")).json().findValuesAsText("locationId")).containsOnly(east);
  }

  private String associate(String email) {
    String id = admin.post(org("/invitations"), "{\"emails\": \"" + email + "\", \"locationId\": \""
        + partner.hqLocationId() + "\"}").json().get("invited").get(0).get("individualId").asText();
    invitations.completeProfile(UUID.fromString(id), "First", "Last", "a-long-password");
    return id;
  }

  private JsonNode offers(String location) {
    Http.Response response = admin.get(org("/abtk/offers?locationId=" + location));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static JsonNode offer(JsonNode offers, String level) {
    for (JsonNode offer : offers) {
      if (offer.get("level").asText().equals(level)) {
        return offer;
      }
    }
    throw new AssertionError("no " + level + " offer in " + offers);
  }

  private void competency(String location, String level, String status) {
    assertThat(staff.put("/api/admin/locations/" + location + "/competencies/DATACENTER",
        "{\"level\": \"%s\", \"status\": \"%s\"}".formatted(level, status)).status()).isEqualTo(200);
  }

  private String addLocation(String name, String country) {
    return admin.post(org("/locations"), """
        {"name": "%s", "country": "%s", "parentId": "%s",
         "address": {"line1": "1 Main Street", "city": "Berlin", "postalCode": "10115", "country": "DE"}}""".formatted(name, country, partner.hqLocationId()))
        .json().get("id").asText();
  }

  private String org(String path) {
    return "/api/organizations/" + partner.organizationId() + path;
  }
}
