package org.pmc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.SignedNotifications;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Issue 14: every body is counted as it is read, so a chunked one (no Content-Length) is bounded too. */
class ChunkedBodiesTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Value("${pmc.payments.webhook-secret}")
  String webhookSecret;

  Partner partner;
  Http api;

  @BeforeEach
  void partner() {
    partner = partners.register("DE");
    api = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
  }

  @Test
  @DisplayName("issue 14: a 5 MB chunked body is 413 and stores nothing")
  void aFiveMegabyteChunkedBodyIs413() {
    Http.Response response = api.postChunked(references(), reference("x".repeat(5 * 1024 * 1024)), Map.of());

    assertProblem(response, 413);
    assertThat(api.get(references()).json()).isEmpty();
  }

  @Test
  @DisplayName("issue 14: a payment notification over 64 KB is 413, chunked or with a Content-Length")
  void aPaymentNotificationOver64KbIs413() {
    String body = "{\"paymentReference\": \"" + "R".repeat(100 * 1024) + "\"}";
    Map<String, String> signed = Map.of("X-Signature", SignedNotifications.sign(webhookSecret, body));

    assertProblem(new Http(port).postChunked("/api/payments/notifications", body, signed), 413);
    assertProblem(new Http(port).post("/api/payments/notifications", body, signed), 413);
  }

  @Test
  @DisplayName("issue 14: a small chunked body is read as before")
  void aSmallChunkedBodyIsUnaffected() {
    assertThat(api.postChunked(references(), reference("A migration to the cloud."), Map.of()).status())
        .isEqualTo(201);
    assertThat(api.get(references()).json()).hasSize(1);
    String notification = "{\"paymentReference\": \"R\"}";
    assertThat(new Http(port).postChunked("/api/payments/notifications", notification,
        Map.of("X-Signature", "wrong")).status()).isEqualTo(401);
  }

  private static void assertProblem(Http.Response response, int status) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
  }

  private String reference(String description) {
    return """
        {"customerCompany": "Northwind", "contactName": "Nina North", "contactEmail": "nina@northwind.example",
         "description": "%s", "locationId": "%s", "competency": "CLOUD_PRODUCTIVITY"}"""
        .formatted(description, partner.hqLocationId());
  }

  private String references() {
    return "/api/organizations/" + partner.organizationId() + "/references";
  }
}
