package org.pmc.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.MovableClock;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * R-ABTK-19: paying an invoice by card, through the API and the portal's Pay, in demo mode's sandbox checkout whose
 * Pay posts the signed notification over a real port to the application's own webhook.
 */
class CheckoutTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  MovableClock clock;
  @Autowired
  JdbcClient jdbc;
  @Value("${pmc.payments.webhook-secret}")
  String secret;

  Partner partner;
  Http admin;
  Http browser;
  JsonNode order;

  @BeforeEach
  void actionPackAwaitingPayment() {
    partner = partners.register("DE");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    Http.Response ordered = admin.post(org("/membership/action-pack"), "");
    assertThat(ordered.status()).as(ordered.body()).isEqualTo(201);
    order = ordered.json();
    browser = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);
  }

  @Test
  @DisplayName("R-ABTK-19: the API starts a checkout for an OPEN invoice (201 checkoutUrl, the running one again), 404 for a foreign or unknown invoice, 409 once paid")
  void apiStartsACheckout() {
    Http.Response started = admin.post(org("/invoices/" + invoiceId() + "/checkout"), "");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    String checkoutUrl = started.json().get("checkoutUrl").asText();
    assertThat(checkoutUrl).startsWith("/sandbox/checkout/");
    assertThat(admin.post(org("/invoices/" + invoiceId() + "/checkout"), "").json().get("checkoutUrl").asText())
        .as("one open session per invoice").isEqualTo(checkoutUrl);
    assertThat(sessions("OPEN")).isEqualTo(1);

    Partner other = partners.register("DE");
    Http stranger = new Http(port).as(other.adminEmail(), TestPartners.PASSWORD);
    assertThat(stranger.post("/api/organizations/" + other.organizationId() + "/invoices/" + invoiceId()
        + "/checkout", "").status()).as("another organization's invoice").isEqualTo(404);
    assertThat(admin.post(org("/invoices/" + java.util.UUID.randomUUID() + "/checkout"), "").status())
        .isEqualTo(404);

    new TestPayments(port, secret).pay(invoiceId(), "437.00", "EUR", "TRANSFER-1");
    Http.Response paid = admin.post(org("/invoices/" + invoiceId() + "/checkout"), "");
    assertThat(paid.status()).isEqualTo(409);
    assertThat(paid.json().get("rule").asText()).isEqualTo("R-ABTK-19");
    assertThat(admin.get(org("/invoices")).json().get(0).get("payUrl").isNull()).isTrue();
  }

  @Test
  @DisplayName("R-ABTK-19: Pay on Invoices opens the sandbox checkout with the amount; its Pay notifies the webhook over HTTP: invoice and order PAID, the checkout used")
  void sandboxPayPaysTheInvoice() {
    Document invoices = browser.get("/portal/invoices").page();
    String payUrl = invoices.select("table.invoices a.pay").attr("href");
    assertThat(payUrl).isEqualTo("/portal/invoices/" + invoiceId() + "/pay");
    assertThat(browser.get("/portal/orders").page().select("table.action-pack-orders a.pay").attr("href"))
        .isEqualTo(payUrl);

    String checkout = checkout(payUrl);
    Document page = browser.get(checkout).page();
    assertThat(page.select(".amount").text()).isEqualTo("€437.00");
    assertThat(page.select(".merchant").text()).isEqualTo("Partner Membership Center");
    assertThat(page.select(".number").text()).startsWith("PMC-");
    assertThat(page.select(".description").text()).isNotBlank();

    Http.Response paid = browser.submit(checkout + "/pay", Map.of());
    assertThat(paid.redirectPath()).isEqualTo("/portal/invoices?paid=" + invoiceId());
    Document back = browser.follow(paid).page();
    assertThat(back.select(".alert-success").text()).startsWith("Payment received: €437.00 for invoice PMC-");
    assertThat(back.select("table.invoices .status").text()).isEqualTo("Paid");
    assertThat(back.select("table.invoices a.pay")).isEmpty();

    JsonNode invoice = admin.get(org("/invoices")).json().get(0);
    assertThat(invoice.get("status").asText()).isEqualTo("PAID");
    assertThat(invoice.get("paymentReference").asText()).startsWith("SANDBOX-");
    assertThat(admin.get(org("/membership/action-pack")).json().get(0).get("status").asText()).isEqualTo("PAID");
    assertThat(sessions("PAID")).isEqualTo(1);

    assertThat(browser.get(checkout).page().select(".ended").text()).contains("paid; it cannot be paid again");
    assertThat(browser.submit(checkout + "/pay", Map.of()).redirectPath()).isEqualTo(checkout);
    assertThat(jdbc.sql("select count(*) from payment where invoice_id = ?::uuid").param(invoiceId())
        .query(Integer.class).single()).as("paid once").isEqualTo(1);
  }

  @Test
  @DisplayName("R-ABTK-19: Decline goes back to Invoices saying so and leaves the invoice OPEN; Pay again opens a new checkout that pays it")
  void declinedThenPaid() {
    String first = checkout(payUrl());
    Http.Response declined = browser.submit(first + "/decline", Map.of());
    Document back = browser.follow(declined).page();
    assertThat(back.select(".alert-danger").text()).startsWith("Your card was declined; the invoice is still open.");
    assertThat(back.select("table.invoices .status").text()).isEqualTo("Open");
    assertThat(sessions("DECLINED")).isEqualTo(1);
    assertThat(browser.get(first).page().select(".ended").text()).contains("the card was declined");

    String second = checkout(payUrl());
    assertThat(second).isNotEqualTo(first);
    browser.follow(browser.submit(second + "/pay", Map.of()));
    assertThat(admin.get(org("/invoices")).json().get(0).get("status").asText()).isEqualTo("PAID");
  }

  @Test
  @DisplayName("R-ABTK-19: a checkout ends after an hour: its page says it expired, its Pay pays nothing, and Pay on the invoice starts a new one")
  void expiredCheckout() {
    String checkout = checkout(payUrl());
    clock.advance(Duration.ofMinutes(61));
    try {
      assertThat(browser.get(checkout).page().select(".ended").text()).contains("This checkout expired");
      assertThat(browser.submit(checkout + "/pay", Map.of()).redirectPath()).isEqualTo(checkout);
      assertThat(admin.get(org("/invoices")).json().get(0).get("status").asText()).isEqualTo("OPEN");
      assertThat(sessions("EXPIRED")).isEqualTo(1);
      assertThat(checkout(payUrl())).isNotEqualTo(checkout);
    } finally {
      clock.advance(Duration.ofMinutes(-61));
    }
  }

  @Test
  @DisplayName("R-ABTK-19: another organization's admin who learns a checkout's address gets 404 and can neither pay nor decline it")
  void anotherOrganizationsCheckoutIsNotFound() {
    String checkout = checkout(payUrl());
    Partner other = partners.register("DE");
    Http stranger = new Http(port).signIn(other.adminEmail(), TestPartners.PASSWORD);

    assertThat(stranger.get(checkout).status()).isEqualTo(404);
    assertThat(stranger.submit(checkout + "/pay", Map.of()).status()).isEqualTo(404);
    assertThat(stranger.submit(checkout + "/decline", Map.of()).status()).isEqualTo(404);
    assertThat(stranger.get(payUrl()).status()).isEqualTo(404);
    assertThat(sessions("OPEN")).isEqualTo(1);
    assertThat(new Http(port).get(checkout).status()).as("not signed in: to the sign-in page").isEqualTo(302);
  }

  /** Opens the invoice's Pay link, which sends the browser on to the checkout (303); answers the checkout's path. */
  private String checkout(String payUrl) {
    Http.Response pay = browser.get(payUrl);
    assertThat(pay.status()).as(pay.body()).isEqualTo(303);
    return pay.redirectPath();
  }

  private String payUrl() {
    return admin.get(org("/invoices")).json().get(0).get("payUrl").asText();
  }

  private String invoiceId() {
    return order.get("invoiceId").asText();
  }

  private int sessions(String status) {
    return jdbc.sql("select count(*) from checkout_session where invoice_id = ?::uuid and status = ?")
        .params(invoiceId(), status).query(Integer.class).single();
  }

  private String org(String path) {
    return "/api/organizations/" + partner.organizationId() + path;
  }
}
