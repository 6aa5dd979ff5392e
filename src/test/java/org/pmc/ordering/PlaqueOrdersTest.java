package org.pmc.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.Mails;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.ordering.internal.NewPlaqueOrder;
import org.pmc.people.internal.Invitations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Plates and plaques through the API: offers, orders, payment, shipment and cancellation (plaque-order). */
class PlaqueOrdersTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  Invitations invitations;
  @Value("${pmc.payments.webhook-secret}")
  String secret;

  Partner partner;
  Http admin;
  Http staff;
  TestPayments payments;
  String berlin;

  @BeforeEach
  void germanPartnerWithBerlinBranch() {
    partner = partners.register("DE");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    staff = new Http(port).asCamundaAdmin();
    payments = new TestPayments(port, secret);
    berlin = addLocation("Berlin", "DE");
    competency(berlin, "CLOUD_PRODUCTIVITY", "ACTIVE_EARNED");
    competency(berlin, "DATACENTER", "ACTIVE_PRE_APPROVED");
  }

  @Test
  @DisplayName("R-PLQ-1, R-PLQ-2: a plate per location, a plaque per ACTIVE_EARNED competency, priced for the country")
  void offers() {
    String london = addLocation("London", "GB");
    String stockholm = addLocation("Stockholm", "SE");

    JsonNode offers = admin.get(org("/plaques/offers")).json();

    assertThat(offers).hasSize(5);
    assertThat(offer(offers, berlin, "PLATE", null).get("price").toString())
        .isEqualTo("{\"amount\":\"45.00\",\"currency\":\"EUR\"}");
    JsonNode plaque = offer(offers, berlin, "PLAQUE", "CLOUD_PRODUCTIVITY");
    assertThat(plaque.get("price").get("amount").asText()).isEqualTo("89.00");
    assertThat(plaque.get("taxIncluded").asBoolean()).isFalse();
    assertThat(plaque.get("note").asText()).isEqualTo("Prices exclude tax (VAT, GST, PST).");
    assertThat(offers.findValuesAsText("competency")).doesNotContain("DATACENTER");
    assertThat(offer(offers, london, "PLATE", null).get("price").toString())
        .isEqualTo("{\"amount\":\"39.00\",\"currency\":\"GBP\"}");
    // a country without a price row: the default 49.00 USD converted (x 10.5)
    assertThat(offer(offers, stockholm, "PLATE", null).get("price").toString())
        .isEqualTo("{\"amount\":\"514.50\",\"currency\":\"SEK\"}");
    assertThat(offer(offers, partner.hqLocationId().toString(), "PLATE", null)).isNotNull();
  }

  @Test
  @DisplayName("R-PLQ-1: an order awaits payment with one invoice; paid, plaque-order ships a PLATE and a PLAQUE")
  void paidOrderIsShipped() {
    JsonNode order = order(items(plate(berlin), plaque(berlin, "CLOUD_PRODUCTIVITY")));

    assertThat(order.get("status").asText()).isEqualTo("AWAITING_PAYMENT");
    assertThat(order.get("price").toString()).isEqualTo("{\"amount\":\"134.00\",\"currency\":\"EUR\"}");
    assertThat(order.get("items")).hasSize(2);
    JsonNode invoice = invoice(order.get("invoiceId").asText());
    assertThat(invoice.get("status").asText()).isEqualTo("OPEN");
    assertThat(invoice.get("orderType").asText()).isEqualTo("PLAQUE");
    assertThat(invoice.get("description").asText()).isEqualTo("1 plate and 1 plaque");
    ProcessInstance process = instance(order);
    BpmnAwareTests.assertThat(process).isWaitingAt("awaitPayment");

    assertThat(payments.pay(order.get("invoiceId").asText(), "134.00", "EUR", "PLQ-1").status()).isEqualTo(202);
    runDueJobsOf(OrderInstances.of(runtime, order));
    assertThat(payments.pay(order.get("invoiceId").asText(), "134.00", "EUR", "PLQ-1").status()).isEqualTo(202);
    runDueJobsOf(OrderInstances.of(runtime, order));

    assertThat(admin.get(org("/plaques/orders")).json().get(0).get("status").asText()).isEqualTo("FULFILLED");
    JsonNode shipments = admin.get(org("/shipments")).json();
    assertThat(shipments.findValuesAsText("kind")).containsExactlyInAnyOrder("PLATE", "PLAQUE");
    assertThat(shipments.findValuesAsText("items")).contains("Competency plaque: Cloud Productivity");
    assertThat(shipments.findValuesAsText("locationId")).containsOnly(berlin);
    BpmnAwareTests.assertThat(process).hasPassed("shipPlaques").isEnded();
    assertThat(admin.get(org("/activity?type=PLAQUES_SHIPPED")).json()).hasSize(1);
  }

  @Test
  @DisplayName("R-PLQ-1: a plaque for a competency only ACTIVE_PRE_APPROVED (or not held) is refused, nothing is written")
  void plaqueNeedsAnEarnedCompetency() {
    Http.Response preApproved = admin.post(org("/plaques/orders"), items(plate(berlin), plaque(berlin, "DATACENTER")));
    Http.Response notHeld = admin.post(org("/plaques/orders"), items(plaque(berlin, "MESSAGING")));

    assertThat(preApproved.status()).isEqualTo(409);
    assertThat(preApproved.json().get("rule").asText()).isEqualTo("R-PLQ-1");
    assertThat(notHeld.status()).isEqualTo(409);
    assertThat(notHeld.json().get("rule").asText()).isEqualTo("R-PLQ-1");
    assertThat(admin.get(org("/plaques/orders")).json()).isEmpty();
    assertThat(admin.get(org("/invoices")).json()).isEmpty();
  }

  @Test
  @DisplayName("R-PLQ-1: bad items answer 400 naming the field")
  void badItemsNameTheField() {
    assertThat(field(admin.post(org("/plaques/orders"), items("{\"kind\": \"PLAQUE\", \"locationId\": \"" + berlin
        + "\"}")))).isEqualTo("items[0].competency");
    assertThat(field(admin.post(org("/plaques/orders"), items(plate(berlin), "{\"kind\": \"MUG\", \"locationId\": \""
        + berlin + "\"}")))).isEqualTo("items.[1].kind");
    assertThat(field(admin.post(org("/plaques/orders"), items("{\"kind\": \"PLATE\", \"locationId\": \""
        + UUID.randomUUID() + "\"}")))).isEqualTo("items[0].locationId");
    assertThat(field(admin.post(org("/plaques/orders"), items(plate(berlin), "{\"kind\": \"PLATE\"}"))))
        .isEqualTo("items[1].locationId");
    assertThat(field(admin.post(org("/plaques/orders"), "{\"items\": []}"))).isEqualTo("items");
    assertThat(field(admin.post(org("/plaques/orders"), items(plate(berlin), plate(addLocation("London", "GB"))))))
        .isEqualTo("items[1].locationId");
  }

  @Test
  @DisplayName("Issue 14: an order of 101 items answers 400 naming items; nothing is written")
  void atMostOneHundredItems() {
    String[] plates = Collections.nCopies(NewPlaqueOrder.MAX_ITEMS + 1, plate(berlin))
        .toArray(String[]::new);
    int ordersBefore = admin.get(org("/plaques/orders")).json().size();

    assertThat(field(admin.post(org("/plaques/orders"), items(plates)))).isEqualTo("items");
    assertThat(admin.get(org("/plaques/orders")).json().size()).isEqualTo(ordersBefore);
  }

  @Test
  @DisplayName("R-ROLE-4 (as R-ABTK-8): a location admin is offered and orders only their locations; a member orders none")
  void locationAdminOnlyForTheirLocations() {
    String hamburg = addLocation("Hamburg", "DE");
    String email = "plaques-" + UUID.randomUUID().toString().substring(0, 8) + "@plaque.example";
    String manager = associate(email);
    assertThat(admin.put(org("/admins/" + manager), """
        {"role": "LOCATION_ADMIN", "locationIds": ["%s"]}""".formatted(hamburg)).status()).isEqualTo(200);
    Http locationAdmin = new Http(port).as(email, "a-long-password");

    assertThat(locationAdmin.get(org("/plaques/offers")).json().findValuesAsText("locationId"))
        .isNotEmpty().containsOnly(hamburg);
    assertThat(admin.get(org("/plaques/offers")).json().findValuesAsText("locationId")).contains(hamburg, berlin);
    assertThat(locationAdmin.post(org("/plaques/orders"), items(plate(hamburg))).status()).isEqualTo(201);
    Http.Response refused = locationAdmin.post(org("/plaques/orders"), items(plate(berlin)));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("rule").asText()).isEqualTo("R-ROLE-4");
    String memberEmail = "member-" + UUID.randomUUID().toString().substring(0, 8) + "@plaque.example";
    associate(memberEmail);
    assertThat(new Http(port).as(memberEmail, "a-long-password").post(org("/plaques/orders"), items(plate(hamburg)))
        .status()).isEqualTo(403);
  }

  @Test
  @DisplayName("plaque-order unpaid: a reminder 7 days before the due date, then order and invoice are cancelled, nothing ships")
  void unpaidOrderIsCancelled() {
    JsonNode order = order(items(plate(berlin)));
    ProcessInstance process = instance(order);
    String waiting = runtime.createProcessInstanceQuery().processDefinitionKey("await-payment")
        .processInstanceBusinessKey(order.get("id").asText()).singleResult().getId();

    fireTimer(waiting);
    runDueJobsOf(OrderInstances.of(runtime, order));
    assertThat(mailTo(partner.adminEmail())).extracting(message -> message.getSubject())
        .anyMatch(subject -> subject.startsWith("Reminder: invoice PMC-"));
    assertThat(mailTo(partner.adminEmail())).extracting(Mails::text) // R-PPL-8
        .anyMatch(text -> text.contains("partner number " + partner.partnerNumber()));
    fireTimer(waiting);
    runDueJobsOf(OrderInstances.of(runtime, order));

    BpmnAwareTests.assertThat(process).hasPassed("orderCancelled").hasNotPassed("shipPlaques").isEnded();
    assertThat(admin.get(org("/plaques/orders")).json().get(0).get("status").asText()).isEqualTo("CANCELLED");
    assertThat(invoice(order.get("invoiceId").asText()).get("status").asText()).isEqualTo("CANCELLED");
    assertThat(admin.get(org("/shipments")).json()).isEmpty();
  }

  private ProcessInstance instance(JsonNode order) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("plaque-order")
        .processInstanceBusinessKey(order.get("id").asText()).singleResult();
  }

  private JsonNode order(String body) {
    Http.Response response = admin.post(org("/plaques/orders"), body);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  private static String items(String... items) {
    return "{\"items\": [" + String.join(", ", items) + "]}";
  }

  private static String plate(String location) {
    return "{\"kind\": \"PLATE\", \"locationId\": \"" + location + "\"}";
  }

  private static String plaque(String location, String competency) {
    return "{\"kind\": \"PLAQUE\", \"competency\": \"" + competency + "\", \"locationId\": \"" + location + "\"}";
  }

  private static String field(Http.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    return response.json().get("errors").get(0).get("field").asText();
  }

  private static JsonNode offer(JsonNode offers, String location, String kind, String competency) {
    for (JsonNode offer : offers) {
      if (offer.get("locationId").asText().equals(location) && offer.get("kind").asText().equals(kind)
          && (competency == null || competency.equals(offer.get("competency").asText()))) {
        return offer;
      }
    }
    throw new AssertionError("no " + kind + " " + competency + " offer for " + location + " in " + offers);
  }

  private JsonNode invoice(String id) {
    for (JsonNode each : admin.get(org("/invoices")).json()) {
      if (each.get("id").asText().equals(id)) {
        return each;
      }
    }
    throw new AssertionError("no invoice " + id);
  }

  private String associate(String email) {
    String id = admin.post(org("/invitations"), "{\"emails\": \"" + email + "\", \"locationId\": \""
        + partner.hqLocationId() + "\"}").json().get("invited").get(0).get("individualId").asText();
    invitations.completeProfile(UUID.fromString(id), "First", "Last", "a-long-password");
    return id;
  }

  private void competency(String location, String competency, String status) {
    assertThat(staff.put("/api/admin/locations/" + location + "/competencies/" + competency,
        "{\"level\": \"SILVER\", \"status\": \"%s\"}".formatted(status)).status()).isEqualTo(200);
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
