package org.pmc.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;

/** The portal's location details page and Organization profile page (R-ABTK-19, R-ABTK-20, R-ROLE-4). */
class AddressPortalTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  OrganizationService organizations;

  Partner partner;
  Http portal;
  String rome;

  @BeforeEach
  void signIn() {
    partner = partners.register("IT");
    rome = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD).post("/api/organizations/"
        + partner.organizationId() + "/locations", """
        {"name": "Rome", "country": "IT", "parentId": "%s"}""".formatted(partner.hqLocationId()))
        .json().get("id").asText();
    portal = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);
  }

  @Test
  @DisplayName("R-ABTK-20: Manage Locations shows who has no postal address; its details page gives it one")
  void locationDetails() {
    Document list = portal.get("/portal/locations").page();
    assertThat(list.select("#location-" + rome + " .address").text()).contains("No postal address");

    Http.Response incomplete = portal.submit("/portal/locations/" + rome + "/details", Map.of("name", "Roma",
        "address.line1", "Via del Corso 1", "address.city", "Roma", "address.country", "IT"));
    assertThat(incomplete.status()).isEqualTo(200);
    assertThat(incomplete.page().select("[name='address.postalCode'].is-invalid")).hasSize(1);

    Http.Response saved = portal.submit("/portal/locations/" + rome + "/details", Map.of("name", "Roma",
        "address.line1", "Via del Corso 1", "address.postalCode", "00186", "address.city", "Roma",
        "address.country", "IT"));
    Document after = portal.follow(saved).page();
    assertThat(after.select("#location-" + rome + " .address").text()).isEqualTo("Via del Corso 1, 00186 Roma, IT");
    assertThat(after.select("#location-" + rome + " strong").text()).isEqualTo("Roma");
  }

  @Test
  @DisplayName("R-ABTK-19: a global admin edits the Organization profile; the partner number is shown, not edited")
  void organizationProfile() {
    Document page = portal.get("/portal/organization").page();
    assertThat(page.select(".partner-number").text()).isEqualTo(partner.partnerNumber());

    Http.Response badVat = portal.submit("/portal/organization", Map.of("name", "Contoso Italia",
        "vatId", "<x>"));
    assertThat(badVat.page().select("#vatId.is-invalid")).hasSize(1);

    Http.Response saved = portal.submit("/portal/organization", Map.of("name", "Contoso Italia",
        "vatId", "IT12345678901", "billingAddress.line1", "Via Roma 2", "billingAddress.postalCode", "20121",
        "billingAddress.city", "Milano", "billingAddress.country", "IT"));
    assertThat(portal.follow(saved).page().select(".alert-success").text()).contains("saved");
    OrganizationView organization = organizations.organization(partner.organizationId());
    assertThat(organization.name()).isEqualTo("Contoso Italia");
    assertThat(organization.vatId()).isEqualTo("IT12345678901");
    assertThat(organization.billingAddress().oneLine()).isEqualTo("Via Roma 2, 20121 Milano, IT");
  }
}
