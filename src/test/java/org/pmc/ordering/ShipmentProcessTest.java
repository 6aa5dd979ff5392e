package org.pmc.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.Mails;
import org.pmc.TestPartners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The {@code shipment} process: a paid plate ships to the location's address (R-ABTK-20), path by path. */
class ShipmentProcessTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  TaskService tasks;
  @Value("${pmc.payments.webhook-secret}")
  String secret;

  AbtkPartner abtk;
  Http billing;
  String shipmentId;
  ProcessInstance instance;

  @BeforeEach
  void paidPlateForTheHq() {
    abtk = new AbtkPartner(port, partners.register("DE", "Fabrikam"), secret);
    billing = new Http(port).asCamundaAdmin();
    Http.Response placed = abtk.admin.post(abtk.org("/plaques/orders"), """
        {"items": [{"kind": "PLATE", "locationId": "%s"}]}""".formatted(abtk.partner.hqLocationId()));
    assertThat(placed.status()).as(placed.body()).isEqualTo(201);
    JsonNode order = placed.json();
    assertThat(new TestPayments(port, secret).pay(order.get("invoiceId").asText(), "45.00", "EUR", "SHIP-1")
        .status()).isEqualTo(202);
    runDueJobsOf(OrderInstances.of(runtime, order));
    shipmentId = shipment().get("id").asText();
    instance = byBusinessKey(shipmentId).singleResult();
  }

  @Test
  @DisplayName("R-ABTK-20: billing ships to the location's address, the billing contact is mailed, staff confirm the delivery")
  void shippedAndDelivered() {
    assertThat(instance).isWaitingAt("shipShipment");
    Task task = task();
    assertThat(task.getName()).isEqualTo("Ship plate to Berlin (Fabrikam)");
    assertThat(task.getDescription()).startsWith("Partner Network membership plate to 1 Main Street, 10115 Berlin, DE\n"
        + "Staff console: http").endsWith("/staff/organizations/" + abtk.partner.organizationId());
    assertThat(tasks.getIdentityLinksForTask(task.getId())).anyMatch(link -> "billing".equals(link.getGroupId()));
    assertThat(shipment().get("status").asText()).isEqualTo("PREPARING");
    assertThat(shipment().get("address").get("city").asText()).isEqualTo("Berlin");

    tasks.complete(task.getId(), Map.of("carrier", "DHL", "trackingNumber", "JD0142"));
    assertThat(instance).hasPassed("recordShipped").isWaitingAt("tellShipped");
    // The carrier and tracking number live in the shipment; the instance keeps ids, Tasklist's columns and the
    // title on the partner's requests page.
    assertThat(runtime.getVariables(instance.getId()))
        .containsOnlyKeys("shipmentId", "organizationId", "organizationName", "locationName", "requestTitle")
        .containsEntry("organizationName", "Fabrikam").containsEntry("locationName", "Fabrikam HQ");
    JsonNode shipped = shipment();
    assertThat(shipped.get("status").asText()).isEqualTo("SHIPPED");
    assertThat(shipped.get("carrier").asText()).isEqualTo("DHL");
    assertThat(shipped.get("trackingNumber").asText()).isEqualTo("JD0142");
    assertThat(shipped.get("shippedAt").isNull()).isFalse();

    runDueJobs(instance.getId());
    assertThat(instance).hasPassed("tellShipped").isWaitingAt("sixtyDays");
    List<MimeMessage> mails = mailTo(abtk.partner.adminEmail()).stream() // besides the invoice and the receipt
        .filter(mail -> Mails.subject(mail).equals("Your shipment is on its way")).toList();
    assertThat(mails).hasSize(1);
    assertThat(Mails.text(mails.get(0))).contains("Partner Network membership plate", "> 1 Main Street, 10115 Berlin, DE",
        "DHL", "JD0142");

    assertThat(new Http(port).as(abtk.partner.adminEmail(), TestPartners.PASSWORD)
        .post("/api/admin/shipments/" + shipmentId + "/delivered", "").status()).isEqualTo(401);
    Http.Response delivered = billing.post("/api/admin/shipments/" + shipmentId + "/delivered", "");
    assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
    assertThat(delivered.json().get("status").asText()).isEqualTo("DELIVERED");
    assertThat(instance).hasPassed("deliveryConfirmed", "shipmentDelivered").isEnded();
    assertThat(shipment().get("deliveredAt").isNull()).isFalse();
  }

  @Test
  @DisplayName("R-ABTK-20: a shipment not shipped for 5 days moves up billing's Tasklist and still waits")
  void remindedAfterFiveDays() {
    fireTimer(instance.getId());

    assertThat(instance).hasPassed("waitingFiveDays", "remindToShip", "billingReminded").isWaitingAt("shipShipment");
    assertThat(task().getPriority()).isEqualTo(80);
  }

  @Test
  @DisplayName("R-ABTK-20: a delivery nobody confirms in 60 days stays SHIPPED and is logged; confirming it before shipping is refused")
  void deliveryNotConfirmed() {
    Http.Response early = billing.post("/api/admin/shipments/" + shipmentId + "/delivered", "");
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.json().get("rule").asText()).isEqualTo("R-ABTK-20");

    tasks.complete(task().getId(), Map.of("carrier", "UPS", "trackingNumber", "1Z999"));
    runDueJobs(instance.getId());
    fireTimer(instance.getId());

    assertThat(instance).hasPassed("sixtyDays", "recordDeliveryNotConfirmed", "unconfirmedRecorded",
        "deliveryNotConfirmed").isEnded();
    assertThat(shipment().get("status").asText()).isEqualTo("SHIPPED");
    assertThat(abtk.admin.get(abtk.org("/activity?type=SHIPMENT_DELIVERY_UNCONFIRMED")).json()).hasSize(1);
  }

  private Task task() {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private JsonNode shipment() {
    JsonNode shipments = abtk.shipments();
    assertThat(shipments).hasSize(1);
    return shipments.get(0);
  }
}
