package org.pmc.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.pmc.Http;
import org.pmc.SignedNotifications;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.people.internal.Invitations;

/** A partner ordering ABTKs through the API, the payment provider paying, and staff setting competencies. */
class AbtkPartner {

  final Partner partner;
  final Http admin;
  final Http staff;
  private final Http provider;
  private final String secret;

  AbtkPartner(int port, Partner partner, String secret) {
    this.partner = partner;
    this.admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    this.staff = new Http(port).asCamundaAdmin();
    this.provider = new Http(port);
    this.secret = secret;
  }

  String location(String name, String country) {
    return admin.post(org("/locations"), """
        {"name": "%s", "country": "%s", "parentId": "%s",
         "address": {"line1": "1 Main Street", "city": "Berlin", "postalCode": "10115", "country": "DE"}}""".formatted(name, country, partner.hqLocationId()))
        .json().get("id").asText();
  }

  void competency(String location, String competency, String level, String status) {
    assertThat(staff.put("/api/admin/locations/" + location + "/competencies/" + competency,
        "{\"level\": \"%s\", \"status\": \"%s\"}".formatted(level, status)).status()).isEqualTo(200);
  }

  JsonNode order(String location, String level) {
    Http.Response response = admin.post(org("/abtk/orders"),
        "{\"locationId\": \"%s\", \"level\": \"%s\"}".formatted(location, level));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  Http.Response upgrade(JsonNode order) {
    return admin.post(org("/abtk/orders/" + order.get("id").asText() + "/upgrade"), "");
  }

  /** The provider pays the order's invoice in full. */
  void payInFull(JsonNode order) {
    JsonNode price = order.get("price");
    assertThat(pay(order, price.get("amount").asText(), price.get("currency").asText(),
        "PAY-" + order.get("id").asText()).status()).isEqualTo(202);
  }

  Http.Response pay(JsonNode order, String amount, String currency, String reference) {
    String body = """
        {"invoiceId": "%s", "amount": {"amount": "%s", "currency": "%s"}, "paymentReference": "%s"}"""
        .formatted(order.get("invoiceId").asText(), amount, currency, reference);
    return provider.post("/api/payments/notifications", body,
        Map.of("X-Signature", SignedNotifications.sign(secret, body)));
  }


  JsonNode orderOf(JsonNode order) {
    for (JsonNode each : admin.get(org("/abtk/orders")).json()) {
      if (each.get("id").asText().equals(order.get("id").asText())) {
        return each;
      }
    }
    throw new AssertionError("no order " + order);
  }

  String status(JsonNode order) {
    return orderOf(order).get("status").asText();
  }

  JsonNode invoice(JsonNode order) {
    for (JsonNode each : admin.get(org("/invoices")).json()) {
      if (each.get("id").asText().equals(order.get("invoiceId").asText())) {
        return each;
      }
    }
    throw new AssertionError("no invoice of " + order);
  }

  JsonNode shipments() {
    return admin.get(org("/shipments")).json();
  }

  /** The location's benefits of this source, as type -> quantity. */
  Map<String, Integer> benefits(String location, String source) {
    Map<String, Integer> quantities = new java.util.TreeMap<>();
    for (JsonNode benefit : admin.get(org("/benefits?locationId=" + location)).json()) {
      if (benefit.get("source").asText().equals(source)) {
        quantities.merge(benefit.get("type").asText(), benefit.get("quantity").asInt(), Integer::sum);
      }
    }
    return quantities;
  }

  /** R-ABTK-19: a new individual, made the BILLING contact of this location; their email. */
  String billingContact(String location, Invitations invitations) {
    String email = "billing-" + UUID.randomUUID().toString().substring(0, 8) + "@abtk.example";
    String id = admin.post(org("/invitations"), "{\"emails\": \"" + email + "\", \"locationId\": \""
        + partner.hqLocationId() + "\"}").json().get("invited").get(0).get("individualId").asText();
    invitations.completeProfile(UUID.fromString(id), "Bill", "Payer", "a-long-password");
    assertThat(admin.put(org("/locations/" + location + "/contacts/BILLING"), "{\"individualId\": \"" + id + "\"}")
        .status()).isEqualTo(200);
    return email;
  }

  String org(String path) {
    return "/api/organizations/" + partner.organizationId() + path;
  }
}
