package org.pmc.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.organization.LocationLimits;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 14 (2): every list answers one page with X-Total-Count; every list in a body is bounded. */
class BoundedListsTest extends IntegrationTest {

  /** The organization's list endpoints (under /api/organizations/{org}); {hq} is its HQ location. */
  static final List<String> LISTS = List.of("/locations", "/abtk/orders", "/abtk/offers",
      "/plaques/orders", "/plaques/offers", "/membership/action-pack", "/invoices", "/shipments", "/benefits",
      "/competencies", "/tasks", "/locations/{hq}/contacts", "/people", "/mcps", "/references", "/tickets",
      "/activity");

  @Autowired
  TestPartners partners;

  Partner partner;
  Http admin;

  @BeforeEach
  void partnerWithTwoPlateOrders() {
    partner = partners.register("DE");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    String berlin = addLocation("Berlin");
    String munich = addLocation("Munich");
    for (String location : List.of(berlin, munich)) {
      Http.Response order = admin.post(org("/plaques/orders"), """
          {"items": [{"kind": "PLATE", "locationId": "%s"}]}""".formatted(location));
      assertThat(order.status()).as(order.body()).isEqualTo(201);
    }
  }

  @Test
  @DisplayName("Issue 14: every list endpoint answers X-Total-Count and the page and size asked for, as a plain array")
  void everyListIsPaged() {
    for (String list : LISTS) {
      String path = org(list.replace("{hq}", partner.hqLocationId().toString()));
      Http.Response all = admin.get(path + "?size=" + Paging.MAX_SIZE);
      assertThat(all.status()).as(path + ": " + all.body()).isEqualTo(200);
      assertThat(all.json().isArray()).as(path).isTrue();
      assertThat(all.header("X-Total-Count")).as(path).isEqualTo(Integer.toString(all.json().size()));
      if (all.json().size() >= 2) {
        Http.Response second = admin.get(path + "?page=1&size=1");
        assertThat(second.json()).as(path).hasSize(1);
        assertThat(second.json().get(0)).as(path).isEqualTo(all.json().get(1));
        assertThat(second.header("X-Total-Count")).as(path).isEqualTo(all.header("X-Total-Count"));
      }
      assertThat(field(admin.get(path + "?size=" + (Paging.MAX_SIZE + 1)))).as(path).isEqualTo("size");
    }
  }

  @Test
  @DisplayName("Issue 14: lists with several rows here page through them (locations, orders, invoices, offers)")
  void severalRowsArePaged() {
    assertThat(admin.get(org("/locations?size=2")).header("X-Total-Count")).isEqualTo("3");
    assertThat(admin.get(org("/locations?size=2")).json()).hasSize(2);
    assertThat(admin.get(org("/locations?page=1&size=2")).json()).hasSize(1);
    assertThat(admin.get(org("/plaques/orders?size=1")).header("X-Total-Count")).isEqualTo("2");
    assertThat(admin.get(org("/plaques/orders?size=1")).json().get(0).get("items")).hasSize(1);
    assertThat(admin.get(org("/invoices?size=1")).header("X-Total-Count")).isEqualTo("2");
    assertThat(admin.get(org("/plaques/offers?size=1")).json()).hasSize(1);
  }

  @Test
  @DisplayName("Issue 14, R-LOC-10: a location admin's appointment names at most 2,000 locations; more is 400 naming locationIds")
  void appointmentLocationsAreBounded() {
    String ids = Collections.nCopies(LocationLimits.MAX_LOCATIONS + 1, partner.hqLocationId().toString()).stream()
        .map(id -> "\"" + id + "\"").collect(Collectors.joining(", "));

    Http.Response refused = admin.put(org("/admins/" + partner.adminId()),
        "{\"role\": \"LOCATION_ADMIN\", \"locationIds\": [" + ids + "]}");

    assertThat(field(refused)).isEqualTo("locationIds");
  }

  private String addLocation(String name) {
    Http.Response response = admin.post(org("/locations"), """
        {"name": "%s", "country": "DE", "parentId": "%s",
         "address": {"line1": "1 Main Street", "city": "Berlin", "postalCode": "10115", "country": "DE"}}""".formatted(name, partner.hqLocationId()));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asText();
  }

  private String org(String path) {
    return "/api/organizations/" + partner.organizationId() + path;
  }

  private static String field(Http.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    JsonNode errors = response.json().get("errors");
    return errors.get(0).get("field").asText();
  }
}
