package org.pmc.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.Mails;
import org.pmc.SignedNotifications;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.ordering.internal.Payments;
import org.pmc.web.ProblemType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** ABTK orders, invoices, payment notifications and the abtk-order process through the API. */
class AbtkOrdersTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  /** Issue 15: dates from the application's clock (UTC), not the machine's zone. */
  @Autowired
  Clock clock;
  @Value("${pmc.payments.webhook-secret}")
  String secret;

  Partner partner;
  Http admin;
  Http staff;
  Http provider;
  String branch;

  @BeforeEach
  void germanPartnerWithSilverBranch() {
    partner = partners.register("DE");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    staff = new Http(port).asCamundaAdmin();
    provider = new Http(port);
    branch = admin.post(org("/locations"), """
        {"name": "Berlin", "country": "DE", "parentId": "%s",
         "address": {"line1": "1 Main Street", "city": "Berlin", "postalCode": "10115", "country": "DE"}}""".formatted(partner.hqLocationId()))
        .json().get("id").asText();
    competency(branch, "DATACENTER", "SILVER", "ACTIVE_PRE_APPROVED");
    competency(branch, "CLOUD_PRODUCTIVITY", "SILVER", "ACTIVE_EARNED");
  }

  @Test
  @DisplayName("R-ABTK-1, R-ABTK-18: an order awaits payment with an OPEN invoice due in 30 days; the process waits")
  void orderCreatesInvoiceAndWaits() {
    JsonNode order = order(branch, "SILVER");

    assertThat(order.get("status").asText()).isEqualTo("AWAITING_PAYMENT");
    assertThat(order.get("locationId").asText()).isEqualTo(branch);
    assertThat(order.get("level").asText()).isEqualTo("SILVER");
    assertThat(order.get("price").get("amount").asText()).isEqualTo("1536.40");
    assertThat(order.get("price").get("currency").asText()).isEqualTo("EUR");
    JsonNode invoice = invoice(order.get("invoiceId").asText());
    assertThat(invoice.get("status").asText()).isEqualTo("OPEN");
    assertThat(invoice.get("orderId").asText()).isEqualTo(order.get("id").asText());
    assertThat(invoice.get("amount").get("amount").asText()).isEqualTo("1536.40");
    assertThat(LocalDate.parse(invoice.get("dueDate").asText())).isEqualTo(LocalDate.now(clock).plusDays(30));
    assertThat(instance(order)).isNotNull();
    assertThat(runtime.getActiveActivityIds(paymentWait(order).getId())).contains("sevenDaysBeforeDue");
    assertThat(admin.get(org("/abtk/orders")).json().findValuesAsText("id")).containsExactly(order.get("id").asText());
  }

  @Test
  @DisplayName("R-ABTK-15: a signed payment marks the invoice PAID; fulfilment ships a Welcome Kit and each competency kit")
  void paidOrderIsFulfilled() {
    JsonNode order = order(branch, "SILVER");

    assertThat(pay(order, "1536.40", "EUR", "PAY-1").status()).isEqualTo(202);
    assertThat(invoice(order.get("invoiceId").asText()).get("status").asText()).isEqualTo("PAID");
    runDueJobsOf(OrderInstances.of(runtime, order));

    assertThat(orderStatus(order)).isEqualTo("FULFILLED");
    JsonNode shipments = admin.get(org("/shipments")).json();
    assertThat(shipments.findValuesAsText("kind"))
        .containsExactlyInAnyOrder("WELCOME_KIT", "COMPETENCY_KIT", "COMPETENCY_KIT");
    assertThat(shipments.findValuesAsText("locationId")).containsOnly(branch);
    // R-ABTK-10: fulfilled, the order's process waits for its benefits to expire on the anniversary.
    assertThat(runtime.getActiveActivityIds(instance(order).getId())).containsExactly("benefitsExpire");
  }

  @Test
  @DisplayName("Payments: a notification with a bad or missing signature is refused with 401")
  void badSignatureIsRefused() {
    JsonNode order = order(branch, "SILVER");
    String body = body(order, "1536.40", "EUR", "PAY-BAD");

    var wrong = provider.post("/api/payments/notifications", body, Map.of("X-Signature", sign(body + " ")));
    var missing = provider.post("/api/payments/notifications", body);

    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.header("Content-Type")).contains("application/problem+json");
    assertThat(wrong.problemType()).contains(ProblemType.UNAUTHORIZED);
    assertThat(missing.status()).isEqualTo(401);
    assertThat(invoice(order.get("invoiceId").asText()).get("status").asText()).isEqualTo("OPEN");
  }

  @Test
  @DisplayName("R-ABTK-15, payments: a repeated notification changes nothing and ships nothing twice")
  void duplicateNotificationShipsOnce() {
    JsonNode order = order(branch, "SILVER");

    assertThat(pay(order, "1536.40", "EUR", "PAY-DUP").status()).isEqualTo(202);
    runDueJobsOf(OrderInstances.of(runtime, order));
    assertThat(pay(order, "1536.40", "EUR", "PAY-DUP").status()).isEqualTo(202);
    assertThat(pay(order, "1536.40", "EUR", "PAY-OTHER").status()).isEqualTo(202);
    runDueJobsOf(OrderInstances.of(runtime, order));

    assertThat(admin.get(org("/shipments")).json()).hasSize(3);
    JsonNode invoice = invoice(order.get("invoiceId").asText());
    assertThat(invoice.get("paymentReference").asText()).isEqualTo("PAY-DUP");
    assertThat(orderStatus(order)).isEqualTo("FULFILLED");
  }

  @Test
  @DisplayName("Payments: a wrong amount or currency leaves the invoice OPEN and ships nothing")
  void wrongAmountLeavesInvoiceOpen() {
    JsonNode order = order(branch, "SILVER");

    assertThat(pay(order, "1000.00", "EUR", "PAY-LOW").status()).isEqualTo(202);
    assertThat(pay(order, "1536.40", "USD", "PAY-USD").status()).isEqualTo(202);
    runDueJobsOf(OrderInstances.of(runtime, order));

    assertThat(invoice(order.get("invoiceId").asText()).get("status").asText()).isEqualTo("OPEN");
    assertThat(orderStatus(order)).isEqualTo("AWAITING_PAYMENT");
    assertThat(admin.get(org("/shipments")).json()).isEmpty();
    assertThat(runtime.getActiveActivityIds(paymentWait(order).getId())).contains("sevenDaysBeforeDue");
  }

  @Test
  @DisplayName("Unpaid: a reminder 7 days before the due date, then the order and invoice are cancelled")
  void unpaidOrderIsRemindedThenCancelled() throws Exception {
    JsonNode order = order(branch, "SILVER");
    String instanceId = paymentWait(order).getId();

    fireTimer(instanceId);
    runDueJobsOf(OrderInstances.of(runtime, order));
    assertThat(Arrays.stream(mailServer.getReceivedMessages()).map(Mails::subject)).anyMatch(subject -> subject.startsWith("Reminder: invoice PMC-"));
    assertThat(runtime.getActiveActivityIds(instanceId)).contains("dueDate");
    fireTimer(instanceId);
    runDueJobsOf(OrderInstances.of(runtime, order));

    assertThat(orderStatus(order)).isEqualTo("CANCELLED");
    assertThat(invoice(order.get("invoiceId").asText()).get("status").asText()).isEqualTo("CANCELLED");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(order.get("id").asText()).count())
        .isZero();
  }

  @Test
  @DisplayName("R-ABTK-3: a second ABTK order for the same location in the program year is refused")
  void secondOrderIsRefused() {
    order(branch, "SILVER");

    var second = admin.post(org("/abtk/orders"), orderBody(branch, "SILVER"));

    assertThat(second.status()).isEqualTo(409);
    assertThat(second.json().get("rule").asText()).isEqualTo("R-ABTK-3");
  }

  @Test
  @DisplayName("R-ABTK-3: of two simultaneous orders for the same location exactly one is accepted")
  void simultaneousOrdersOneAccepted() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Http.Response>> answers = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Http client = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
      answers.add(pool.submit(() -> {
        start.await();
        return client.post(org("/abtk/orders"), orderBody(branch, "SILVER"));
      }));
    }
    start.countDown();
    List<Http.Response> responses = new ArrayList<>();
    for (Future<Http.Response> answer : answers) {
      responses.add(answer.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertThat(responses.stream().map(Http.Response::status)).containsExactlyInAnyOrder(201, 409);
    Http.Response refused = responses.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
    assertThat(refused.json().get("rule").asText()).isEqualTo("R-ABTK-3");
    assertThat(admin.get(org("/abtk/orders")).json()).hasSize(1);
    assertThat(admin.get(org("/invoices")).json()).hasSize(1);
  }

  @Test
  @DisplayName("R-ABTK-2: the HQ cannot order an ABTK")
  void headquartersCannotOrder() {
    competency(partner.hqLocationId().toString(), "DATACENTER", "GOLD", "ACTIVE_EARNED");

    var refused = admin.post(org("/abtk/orders"), orderBody(partner.hqLocationId().toString(), "GOLD"));

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("rule").asText()).isEqualTo("R-ABTK-2");
    assertThat(admin.get(org("/invoices")).json()).isEmpty();
  }

  private JsonNode order(String location, String level) {
    Http.Response response = admin.post(org("/abtk/orders"), orderBody(location, level));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  private static String orderBody(String location, String level) {
    return "{\"locationId\": \"%s\", \"level\": \"%s\"}".formatted(location, level);
  }

  private Http.Response pay(JsonNode order, String amount, String currency, String reference) {
    String body = body(order, amount, currency, reference);
    return provider.post("/api/payments/notifications", body, Map.of("X-Signature", sign(body)));
  }

  private static String body(JsonNode order, String amount, String currency, String reference) {
    return """
        {"invoiceId": "%s", "amount": {"amount": "%s", "currency": "%s"}, "paymentReference": "%s"}"""
        .formatted(order.get("invoiceId").asText(), amount, currency, reference);
  }

  private String sign(String body) {
    return SignedNotifications.sign(secret, body);
  }

  private ProcessInstance instance(JsonNode order) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("abtk-order")
        .processInstanceBusinessKey(order.get("id").asText()).singleResult();
  }

  /** The await-payment instance called by the order's process (same business key). */
  private ProcessInstance paymentWait(JsonNode order) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("await-payment")
        .processInstanceBusinessKey(order.get("id").asText()).singleResult();
  }

  private String orderStatus(JsonNode order) {
    for (JsonNode each : admin.get(org("/abtk/orders")).json()) {
      if (each.get("id").asText().equals(order.get("id").asText())) {
        return each.get("status").asText();
      }
    }
    throw new AssertionError("no order " + order);
  }

  private JsonNode invoice(String id) {
    for (JsonNode each : admin.get(org("/invoices")).json()) {
      if (each.get("id").asText().equals(id)) {
        return each;
      }
    }
    throw new AssertionError("no invoice " + id);
  }

  private void competency(String location, String competency, String level, String status) {
    assertThat(staff.put("/api/admin/locations/" + location + "/competencies/" + competency,
        "{\"level\": \"%s\", \"status\": \"%s\"}".formatted(level, status)).status()).isEqualTo(200);
  }

  private String org(String path) {
    return "/api/organizations/" + partner.organizationId() + path;
  }
}
