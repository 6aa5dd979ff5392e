package org.pmc.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** R-ABTK-20: what ships goes to the location's postal address; without one it cannot be ordered. */
class ShippingAddressTest extends IntegrationTest {

  private static final String ADDRESS = """
      {"name": "Leipzig", "address": {"line1": "Markt 1", "city": "Leipzig", "postalCode": "04109", "country": "DE"}}""";

  @Autowired
  TestPartners partners;
  @Value("${pmc.payments.webhook-secret}")
  String secret;

  AbtkPartner abtk;
  String leipzig;

  @BeforeEach
  void locationWithoutAddress() {
    abtk = new AbtkPartner(port, partners.register("DE"), secret);
    leipzig = abtk.admin.post(abtk.org("/locations"), """
        {"name": "Leipzig", "country": "DE", "parentId": "%s"}""".formatted(abtk.partner.hqLocationId()))
        .json().get("id").asText();
    abtk.competency(leipzig, "CLOUD_PRODUCTIVITY", "GOLD", "ACTIVE_EARNED");
  }

  @Test
  @DisplayName("R-ABTK-20: an ABTK for a location without a postal address is refused (409), nothing written; with one it is ordered")
  void abtkNeedsAnAddress() {
    assertRefused(abtk.admin.post(abtk.org("/abtk/orders"), """
        {"locationId": "%s", "level": "SILVER"}""".formatted(leipzig)));
    assertThat(abtk.admin.get(abtk.org("/abtk/offers?locationId=" + leipzig)).json().findValuesAsText("rule"))
        .containsOnly("R-ABTK-20");
    assertNothingWritten();

    assertThat(abtk.admin.put(abtk.org("/locations/" + leipzig), ADDRESS).status()).isEqualTo(200);
    assertThat(abtk.order(leipzig, "SILVER").get("status").asText()).isEqualTo("AWAITING_PAYMENT");
  }

  @Test
  @DisplayName("R-ABTK-20: a plate or plaque for a location without a postal address is refused (409), nothing written")
  void plaquesNeedAnAddress() {
    String items = """
        {"items": [{"kind": "PLATE", "locationId": "%s"}]}""".formatted(leipzig);
    assertRefused(abtk.admin.post(abtk.org("/plaques/orders"), items));
    assertThat(abtk.admin.get(abtk.org("/plaques/orders")).json()).isEmpty();
    assertNothingWritten();

    assertThat(abtk.admin.put(abtk.org("/locations/" + leipzig), ADDRESS).status()).isEqualTo(200);
    assertThat(abtk.admin.post(abtk.org("/plaques/orders"), items).status()).isEqualTo(201);
  }

  @Test
  @DisplayName("R-ABTK-20: removing the address of a location with a silver ABTK refuses its upgrade (409)")
  void upgradeNeedsAnAddress() {
    assertThat(abtk.admin.put(abtk.org("/locations/" + leipzig), ADDRESS).status()).isEqualTo(200);
    JsonNode silver = abtk.order(leipzig, "SILVER");
    abtk.payInFull(silver);
    assertThat(abtk.admin.put(abtk.org("/locations/" + leipzig), "{\"name\": \"Leipzig\"}").status()).isEqualTo(200);

    assertRefused(abtk.upgrade(silver));
    assertThat(abtk.admin.get(abtk.org("/abtk/orders")).json()).hasSize(1);
  }

  private static void assertRefused(Http.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(409);
    assertThat(response.json().get("rule").asText()).isEqualTo("R-ABTK-20");
    assertThat(response.json().get("detail").asText()).contains("Leipzig", "postal address");
  }

  private void assertNothingWritten() {
    assertThat(abtk.admin.get(abtk.org("/abtk/orders")).json()).isEmpty();
    assertThat(abtk.admin.get(abtk.org("/invoices")).json()).isEmpty();
  }
}
