package org.pmc.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.pmc.ordering.OrderInstances;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The payment provider misbehaves (R-ABTK-15): notifications repeated, at once or late, out of order, with a
 * wrong amount, or for a cancelled invoice. Only the public API is used: the invoice's status and payment
 * reference are the ledger, the shipments list tells what shipped.
 */
class PaymentFaultsTest extends IntegrationTest {

  static final String PRICE = "1536.40"; // SILVER in EUR (R-ABTK-1, R-ABTK-18)
  static final int KITS = 3; // a Welcome Kit and one kit per competency of the location

  @Autowired
  TestPartners partners;
  @Value("${pmc.payments.webhook-secret}")
  String secret;

  Partner partner;
  Http admin;
  JsonNode order;

  @BeforeEach
  void silverOrderAwaitingPayment() {
    partner = partners.register("DE");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    Http staff = new Http(port).asCamundaAdmin();
    String branch = admin.post(org("/locations"), """
        {"name": "Munich", "country": "DE", "parentId": "%s",
         "address": {"line1": "1 Main Street", "city": "Berlin", "postalCode": "10115", "country": "DE"}}""".formatted(partner.hqLocationId()))
        .json().get("id").asText();
    for (String competency : List.of("DATACENTER", "CLOUD_PRODUCTIVITY")) {
      assertThat(staff.put("/api/admin/locations/" + branch + "/competencies/" + competency,
          "{\"level\": \"SILVER\", \"status\": \"ACTIVE_EARNED\"}").status()).isEqualTo(200);
    }
    Http.Response ordered = admin.post(org("/abtk/orders"), """
        {"locationId": "%s", "level": "SILVER"}""".formatted(branch));
    assertThat(ordered.status()).as(ordered.body()).isEqualTo(201);
    order = ordered.json();
  }

  @Test
  @DisplayName("R-ABTK-15: 20 notifications at once, 10 repeating one payment and 10 others: paid once, shipped once")
  void concurrentRepeatsPayAndShipOnce() throws Exception {
    ExecutorService provider = Executors.newFixedThreadPool(8);
    List<Callable<Http.Response>> notifications = new ArrayList<>();
    for (int n = 0; n < 10; n++) {
      String other = "PAY-OTHER-" + n;
      notifications.add(() -> pay(PRICE, "EUR", "PAY-SAME"));
      notifications.add(() -> pay(PRICE, "EUR", other));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Http.Response> answer : provider.invokeAll(notifications)) {
      statuses.add(answer.get().status());
    }
    provider.shutdown();
    runDueJobsOf(OrderInstances.of(runtime, order));

    assertThat(statuses).containsOnly(202);
    assertThat(invoice().get("status").asText()).isEqualTo("PAID");
    assertThat(invoice().get("paymentReference").asText()).startsWith("PAY-");
    assertThat(shipments()).hasSize(KITS);
    assertThat(orderStatus()).isEqualTo("FULFILLED");
  }

  @Test
  @DisplayName("R-ABTK-15: a wrong amount first ships nothing; the right one, then a late repeat of the wrong one, ship once")
  void wrongAmountThenRightThenLateRepeat() {
    assertThat(pay("1.00", "EUR", "PAY-WRONG").status()).isEqualTo(202);
    runDueJobsOf(OrderInstances.of(runtime, order));
    assertThat(invoice().get("status").asText()).isEqualTo("OPEN");
    assertThat(shipments()).isEmpty();

    assertThat(pay(PRICE, "EUR", "PAY-RIGHT").status()).isEqualTo(202);
    runDueJobsOf(OrderInstances.of(runtime, order));
    assertThat(pay("1.00", "EUR", "PAY-WRONG").status()).isEqualTo(202);
    assertThat(pay(PRICE, "EUR", "PAY-RIGHT").status()).isEqualTo(202);
    runDueJobsOf(OrderInstances.of(runtime, order));

    assertThat(invoice().get("status").asText()).isEqualTo("PAID");
    assertThat(invoice().get("paymentReference").asText()).isEqualTo("PAY-RIGHT");
    assertThat(shipments()).hasSize(KITS);
    assertThat(orderStatus()).isEqualTo("FULFILLED");
  }

  @Test
  @DisplayName("R-ABTK-15: out of order: a payment after the reminder was sent still pays the invoice and ships once")
  void paymentAfterTheReminder() {
    String instance = runtime.createProcessInstanceQuery().processDefinitionKey("await-payment")
        .processInstanceBusinessKey(order.get("id").asText()).singleResult().getId();
    fireTimer(instance); // 7 days before the due date
    runDueJobsOf(OrderInstances.of(runtime, order));

    assertThat(pay(PRICE, "EUR", "PAY-LATE").status()).isEqualTo(202);
    runDueJobsOf(OrderInstances.of(runtime, order));
    assertThat(pay(PRICE, "EUR", "PAY-LATE").status()).isEqualTo(202);
    runDueJobsOf(OrderInstances.of(runtime, order));

    assertThat(invoice().get("status").asText()).isEqualTo("PAID");
    assertThat(shipments()).hasSize(KITS);
    assertThat(orderStatus()).isEqualTo("FULFILLED");
  }

  @Test
  @DisplayName("R-ABTK-15: a payment for an invoice cancelled as unpaid changes nothing and ships nothing")
  void paymentForACancelledInvoice() {
    String instance = runtime.createProcessInstanceQuery().processDefinitionKey("await-payment")
        .processInstanceBusinessKey(order.get("id").asText()).singleResult().getId();
    fireTimer(instance);
    runDueJobsOf(OrderInstances.of(runtime, order));
    fireTimer(instance); // the due date: cancelled
    runDueJobsOf(OrderInstances.of(runtime, order));
    assertThat(invoice().get("status").asText()).isEqualTo("CANCELLED");

    assertThat(pay(PRICE, "EUR", "PAY-TOO-LATE").status()).isEqualTo(202);
    assertThat(pay(PRICE, "EUR", "PAY-TOO-LATE").status()).isEqualTo(202);
    runDueJobsOf(OrderInstances.of(runtime, order));

    assertThat(invoice().get("status").asText()).isEqualTo("CANCELLED");
    assertThat(invoice().get("paymentReference").isNull()).isTrue();
    assertThat(orderStatus()).isEqualTo("CANCELLED");
    assertThat(shipments()).isEmpty();
  }

  private Http.Response pay(String amount, String currency, String reference) {
    return new PaymentProvider(port, secret).notify(order.get("invoiceId").asText(),
        "{\"amount\": \"%s\", \"currency\": \"%s\"}".formatted(amount, currency), reference);
  }

  private JsonNode invoice() {
    return one(admin.get(org("/invoices")).json(), order.get("invoiceId").asText());
  }

  private String orderStatus() {
    return one(admin.get(org("/abtk/orders")).json(), order.get("id").asText()).get("status").asText();
  }

  private JsonNode shipments() {
    return admin.get(org("/shipments")).json();
  }

  private static JsonNode one(JsonNode list, String id) {
    for (JsonNode each : list) {
      if (each.get("id").asText().equals(id)) {
        return each;
      }
    }
    throw new AssertionError("No " + id + " in " + list);
  }

  private String org(String path) {
    return "/api/organizations/" + partner.organizationId() + path;
  }
}
