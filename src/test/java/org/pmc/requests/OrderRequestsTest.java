package org.pmc.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.SignedNotifications;
import org.pmc.ordering.OrderInstances;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Orders on the partner's requests page (api.md "The partner's overview"): the wait for the payment inside the
 * called await-payment reads as the order's (R-ABTK-19), a paid order is settled, and the billing review of a
 * payment and the shipment of a kit (R-ABTK-20) are billing's.
 */
class OrderRequestsTest extends RequestsTest {

  private static final String PAYMENT_STEP = "Waiting for the payment of the invoice";

  @Autowired
  TaskService tasks;
  @Value("${pmc.payments.webhook-secret}")
  String secret;

  /** A branch with a gold competency of its own (R-ABTK-1), which raises the organization to GOLD (R-MEM-1). */
  private String goldBranch() {
    String frankfurt = admin.post(org("/locations"), """
        {"name": "Frankfurt", "country": "DE", "parentId": "%s",
         "address": {"line1": "1 Main Street", "city": "Frankfurt", "postalCode": "60311", "country": "DE"}}"""
        .formatted(partner.hqLocationId())).json().get("id").asText();
    assertThat(new Http(port).asCamundaAdmin().put("/api/admin/locations/" + frankfurt
        + "/competencies/DATA_PLATFORM", "{\"level\": \"GOLD\", \"status\": \"ACTIVE_EARNED\"}").status())
        .isEqualTo(200);
    return frankfurt;
  }

  @Test
  @DisplayName("R-ABTK-19: an unpaid ABTK order waits for the partner's payment in await-payment, listed as the order; next the reminder, then the cancellation")
  void unpaidOrderWaitsForThePartner() {
    JsonNode order = abtkOrder();
    String id = order.get("id").asText();
    runDueJobsOf(OrderInstances.of(runtime, order));
    ProcessInstance root = root("abtk-order", id);

    assertThat(listed(id)).isEqualTo(new Listed("ORDER", id, "ABTK order: Silver for Frankfurt", PAYMENT_STEP,
        "PARTNER", "Payment reminder to the billing contact", earliestTimer(root, "sevenDaysBeforeDue")));
    assertThat(waitingForUs()).extracting(Listed::id).containsExactly(id);

    fireTimer(root("await-payment", id).getId());
    runDueJobsOf(OrderInstances.of(runtime, order));

    assertThat(listed(id)).isEqualTo(new Listed("ORDER", id, "ABTK order: Silver for Frankfurt", PAYMENT_STEP,
        "PARTNER", "Cancelled if unpaid", earliestTimer(root, "dueDate")));
  }

  @Test
  @DisplayName("R-ABTK-19: a payment of the wrong amount is billing's to review, the order still the partner's to pay; waiting for us keeps the order only")
  void paymentReviewIsBillings() {
    JsonNode order = abtkOrder();
    String id = order.get("id").asText();
    assertThat(pay(order, "99.00", "PAY-REVIEW").status()).isEqualTo(202);
    runDueJobsOf(OrderInstances.of(runtime, order));
    ProcessInstance review = runtime.createProcessInstanceQuery().processDefinitionKey("payment-review")
        .variableValueEquals("invoiceId", order.get("invoiceId").asText()).singleResult();

    assertThat(listed(review.getBusinessKey())).isEqualTo(new Listed("ORDER", review.getBusinessKey(),
        "Payment review of invoice " + invoiceNumber(order), "Billing is reviewing the payment", "BILLING", null,
        null));
    assertThat(listed(id).waitingFor()).isEqualTo("PARTNER");
    assertThat(waitingForUs()).extracting(Listed::id).containsExactly(id);
  }

  @Test
  @DisplayName("R-ABTK-10, R-ABTK-20: paid, the order is settled and leaves the list; its welcome kit waits for billing to ship, then for the delivery to be confirmed")
  void paidOrderLeavesItsShipment() {
    JsonNode order = abtkOrder();
    String id = order.get("id").asText();
    JsonNode price = order.get("price");
    assertThat(pay(order, price.get("amount").asText(), "PAY-" + id).status()).isEqualTo(202);
    runDueJobsOf(OrderInstances.of(runtime, order));
    JsonNode shipments = admin.get(org("/shipments")).json();
    JsonNode kit = kit(shipments, "WELCOME_KIT");
    String shipmentId = kit.get("id").asText();
    String title = "Shipment to Frankfurt: " + kit.get("items").asText();
    ProcessInstance shipment = root("shipment", shipmentId);

    assertThat(open()).extracting(Listed::id).as("the kits, not the settled order")
        .containsExactlyInAnyOrderElementsOf(shipments.findValuesAsText("id")).doesNotContain(id);
    assertThat(listed(shipmentId)).isEqualTo(new Listed("ORDER", shipmentId, title, "Waiting for billing to ship it",
        "BILLING", "Reminder to billing to ship", earliestTimer(shipment, "waitingFiveDays")));
    assertThat(waitingForUs()).isEmpty();

    tasks.complete(tasks.createTaskQuery().processInstanceId(shipment.getId()).singleResult().getId(),
        Map.of("carrier", "DHL", "trackingNumber", "JD0142"));
    runDueJobs(shipment.getId());

    assertThat(listed(shipmentId)).isEqualTo(new Listed("ORDER", shipmentId, title,
        "Shipped: waiting for the delivery to be confirmed", "BILLING", "Noted as delivery not confirmed",
        earliestTimer(shipment, "sixtyDays")));
  }

  @Test
  @DisplayName("R-MEM-1: an Action Pack order waits for the partner's payment; paid, the subscription runs to the anniversary and is settled")
  void actionPackOrder() {
    Http.Response placed = admin.post(org("/membership/action-pack"), "");
    assertThat(placed.status()).as(placed.body()).isEqualTo(201);
    JsonNode order = placed.json();
    String id = order.get("id").asText();
    runDueJobsOf(OrderInstances.of(runtime, order));

    assertThat(listed(id)).isEqualTo(new Listed("ORDER", id,
        "Action Pack order: program year until " + order.get("programYearEnd").asText(), PAYMENT_STEP, "PARTNER",
        "Payment reminder to the billing contact", earliestTimer(root("action-pack-order", id),
            "sevenDaysBeforeDue")));

    JsonNode price = order.get("price");
    assertThat(pay(order, price.get("amount").asText(), "AP-" + id).status()).isEqualTo(202);
    runDueJobsOf(OrderInstances.of(runtime, order));

    assertThat(runtime.getActiveActivityIds(root("action-pack-order", id).getId())).containsExactly("anniversary");
    assertThat(open()).isEmpty();
  }

  @Test
  @DisplayName("R-PLQ-2: a plate order waits for the partner's payment like every order, under a title naming what was ordered")
  void plateOrderWaitsForThePartner() {
    Http.Response placed = admin.post(org("/plaques/orders"), """
        {"items": [{"kind": "PLATE", "locationId": "%s"}]}""".formatted(partner.hqLocationId()));
    assertThat(placed.status()).as(placed.body()).isEqualTo(201);
    JsonNode order = placed.json();
    String id = order.get("id").asText();
    runDueJobsOf(OrderInstances.of(runtime, order));

    assertThat(open()).containsExactly(new Listed("ORDER", id, "Plaque order: 1 plate", PAYMENT_STEP, "PARTNER",
        "Payment reminder to the billing contact", earliestTimer(root("plaque-order", id), "sevenDaysBeforeDue")));
  }

  private JsonNode abtkOrder() {
    Http.Response response = admin.post(org("/abtk/orders"),
        "{\"locationId\": \"%s\", \"level\": \"SILVER\"}".formatted(goldBranch()));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  private Http.Response pay(JsonNode order, String amount, String reference) {
    String body = """
        {"invoiceId": "%s", "amount": {"amount": "%s", "currency": "%s"}, "paymentReference": "%s"}"""
        .formatted(order.get("invoiceId").asText(), amount, order.get("price").get("currency").asText(), reference);
    return new Http(port).post("/api/payments/notifications", body,
        Map.of("X-Signature", SignedNotifications.sign(secret, body)));
  }

  private static JsonNode kit(JsonNode shipments, String kind) {
    for (JsonNode shipment : shipments) {
      if (shipment.get("kind").asText().equals(kind)) {
        return shipment;
      }
    }
    throw new AssertionError("no " + kind + " in " + shipments);
  }

  private String invoiceNumber(JsonNode order) {
    for (JsonNode invoice : admin.get(org("/invoices")).json()) {
      if (invoice.get("id").asText().equals(order.get("invoiceId").asText())) {
        return invoice.get("number").asText();
      }
    }
    throw new AssertionError("no invoice of " + order);
  }
}
