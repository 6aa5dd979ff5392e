package org.pmc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmc.web.ProblemType.BODY_TOO_LARGE;
import static org.pmc.web.ProblemType.INVALID_REQUEST;
import static org.pmc.web.ProblemType.UNAUTHORIZED;
import static org.pmc.web.ProblemType.UNSUPPORTED_MEDIA_TYPE;
import static org.pmc.web.ProblemType.VALIDATION;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.SignedNotifications;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.web.ProblemType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Bad input over HTTP: oversized bodies (chunked too) and fields, wrong content types, malformed JSON, unknown
 * enum values, injection-looking filters. Always a clear 4xx as problem+json, never a 500, and nothing stored.
 */
class BadInputTest extends IntegrationTest {

  private static final String JSON = "application/json";
  private static final String[] INJECTIONS = {"' OR '1'='1", "'; DROP TABLE individual; --", "%' --",
      "\" OR \"\"=\"", "1; SELECT pg_sleep(5)", "<script>alert(1)</script>", "${7*7}", "\\", "ASSOCIATED' --"};

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
  void aBodyOverOneMegabyteIs413AndStoresNothing() {
    Http.Response response = api.post(org("/references"), reference("x".repeat(2 * 1024 * 1024)));
    assertProblem(response, BODY_TOO_LARGE);
    assertThat(api.get(org("/references")).json()).isEmpty();
  }

  @Test
  @DisplayName("issue 14: a 5 MB chunked body (no Content-Length) is 413 and stores nothing")
  void aFiveMegabyteChunkedBodyIs413() {
    String fiveMegabytes = reference("x".repeat(5 * 1024 * 1024));
    Http.Response response = api.postChunked(org("/references"), JSON, fiveMegabytes, Map.of());

    assertProblem(response, BODY_TOO_LARGE);
    assertThat(api.get(org("/references")).json()).isEmpty();
  }

  @Test
  @DisplayName("issue 14: a payment notification over 64 KB is 413, chunked or with a Content-Length")
  void aPaymentNotificationOver64KbIs413() {
    String body = "{\"paymentReference\": \"" + "R".repeat(100 * 1024) + "\"}";
    Map<String, String> signed = Map.of("X-Signature", SignedNotifications.sign(webhookSecret, body));

    assertProblem(new Http(port).postChunked("/api/payments/notifications", JSON, body, signed), BODY_TOO_LARGE);
    assertProblem(new Http(port).post("/api/payments/notifications", body, signed), BODY_TOO_LARGE);
  }

  @Test
  @DisplayName("issue 14: a form post over Tomcat's form limit is 413, chunked or with a Content-Length")
  void aLargeFormPostIs413() {
    String form = "username=someone%40example.com&password=" + "p".repeat(1100 * 1024);
    String type = "application/x-www-form-urlencoded";

    assertProblem(new Http(port).postChunked("/portal/login", type, form, Map.of()), BODY_TOO_LARGE);
    assertProblem(send("POST", "/portal/login", type, form), BODY_TOO_LARGE);
  }

  @Test
  @DisplayName("issue 14: a small chunked body is read as before")
  void aSmallChunkedBodyIsUnaffected() {
    String small = reference("A migration to the cloud.");
    assertThat(api.postChunked(org("/references"), JSON, small, Map.of()).status()).isEqualTo(201);
    assertThat(api.get(org("/references")).json()).hasSize(1);
    assertProblem(new Http(port).postChunked("/api/payments/notifications", JSON, "{\"paymentReference\": \"R\"}",
        Map.of("X-Signature", "wrong")), UNAUTHORIZED);
  }

  @Test
  void fieldsOverTheirMaximumAre400NamingTheField() {
    Http.Response list = api.post(org("/invitations"), """
        {"emails": "%s", "locationId": "%s"}""".formatted("a".repeat(300_001), partner.hqLocationId()));
    assertProblem(list, VALIDATION);
    assertThat(fields(list)).containsExactly("emails");
    Http.Response description = api.post(org("/references"), reference("d".repeat(4001)));
    assertProblem(description, VALIDATION);
    assertThat(fields(description)).containsExactly("description");
    assertThat(api.get(org("/references")).json()).isEmpty();
    assertThat(api.get(org("/people")).json()).hasSize(1);
  }

  @Test
  void wrongContentTypesAre415() {
    for (String type : new String[] {"text/plain", "application/xml"}) {
      assertProblem(send("POST", org("/references"), type, reference("d")), UNSUPPORTED_MEDIA_TYPE);
    }
    String form = "application/x-www-form-urlencoded";
    assertProblem(send("POST", org("/references"), form, "customerCompany=Northwind&description=d"),
        UNSUPPORTED_MEDIA_TYPE);
    // JSON sent as a form: its text becomes a parameter name that Spring Security's firewall refuses.
    assertProblem(send("POST", org("/references"), form, reference("d")), INVALID_REQUEST);
    assertThat(api.get(org("/references")).json()).isEmpty();
  }

  @Test
  void malformedJsonIs400() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    for (String body : new String[] {"{not json", "{\"customerCompany\": ", "[1, 2]", "null", "", "\"text\"", deep,
        "{\"customerCompany\": \"N\", \"locationId\": \"not-a-uuid\"}", "{\"a\": 1e999999999}"}) {
      assertProblem(api.post(org("/references"), body), INVALID_REQUEST, VALIDATION);
    }
    assertThat(api.get(org("/references")).json()).isEmpty();
  }

  @Test
  void unknownEnumValuesAre400NamingTheFieldAndItsValues() {
    Http.Response ticket = api.post(org("/tickets"), """
        {"category": "MEMBERSHIP", "topic": "t", "issue": "i", "priority": "URGENT", "complexity": "LOW",
         "subject": "s", "description": "d"}""");
    assertProblem(ticket, VALIDATION);
    assertThat(fields(ticket)).containsExactly("priority");
    assertThat(ticket.json().get("errors").get(0).get("message").asText()).contains("LOW", "MEDIUM", "HIGH");

    Http.Response order = api.post(org("/abtk/orders"), """
        {"locationId": "%s", "level": "PLATINUM"}""".formatted(partner.hqLocationId()));
    assertProblem(order, VALIDATION);
    assertThat(fields(order)).containsExactly("level");
    assertProblem(api.get(org("/people?status=SHINY")), VALIDATION);
  }

  @Test
  void injectionLookingFiltersAreHarmless() {
    for (String attack : INJECTIONS) {
      String q = URLEncoder.encode(attack, StandardCharsets.UTF_8);
      for (String path : new String[] {"/people?lastName=" + q, "/people?email=" + q, "/people?firstName=" + q,
          "/people?status=" + q, "/references?status=" + q, "/activity?type=" + q, "/mcps?lastName=" + q,
          "/activity?from=" + q}) {
        Http.Response response = api.get(org(path));
        assertThat(response.status()).as(path).isIn(200, 400);
        if (response.status() == 200) {
          assertThat(response.json()).as(path).isEmpty();
        } else {
          assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
        }
      }
      // In a path, Tomcat itself refuses some of these (an encoded backslash) with its own 400 page.
      assertThat(api.get(org("/references/" + URLEncoder.encode(attack, StandardCharsets.UTF_8))).status())
          .as(attack).isEqualTo(400);
    }
    assertThat(api.get(org("/people")).json()).hasSize(1);
  }

  @Test
  void aSignedPaymentNotificationWithAnOverlongReferenceIs400AndPaysNothing() {
    Http staff = new Http(port).asCamundaAdmin();
    String branch = api.post(org("/locations"), """
        {"name": "Berlin", "country": "DE", "parentId": "%s",
         "address": {"line1": "1 Main Street", "city": "Berlin", "postalCode": "10115", "country": "DE"}}""".formatted(partner.hqLocationId()))
        .json().get("id").asText();
    for (String competency : new String[] {"DATACENTER", "CLOUD_PRODUCTIVITY"}) {
      staff.put("/api/admin/locations/" + branch + "/competencies/" + competency,
          "{\"level\": \"SILVER\", \"status\": \"ACTIVE_EARNED\"}");
    }
    JsonNode order = api.post(org("/abtk/orders"), """
        {"locationId": "%s", "level": "SILVER"}""".formatted(branch)).json();
    String body = """
        {"invoiceId": "%s", "amount": {"amount": "%s", "currency": "%s"}, "paymentReference": "%s"}"""
        .formatted(order.get("invoiceId").asText(), order.get("price").get("amount").asText(),
            order.get("price").get("currency").asText(), "R".repeat(300));

    Http.Response response = new Http(port).post("/api/payments/notifications", body,
        Map.of("X-Signature", SignedNotifications.sign(webhookSecret, body)));

    assertProblem(response, INVALID_REQUEST);
    assertThat(api.get(org("/invoices")).json().get(0).get("status").asText()).isEqualTo("OPEN");
  }

  private Http.Response send(String method, String path, String contentType, String body) {
    String basic = Base64.getEncoder().encodeToString((partner.adminEmail() + ":" + TestPartners.PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    try {
      return new Http.Response(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
          .header("Authorization", "Basic " + basic).header("Content-Type", contentType)
          .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A problem+json answer of one of these kinds (all of one status). */
  private static void assertProblem(Http.Response response, ProblemType... kinds) {
    assertThat(response.status()).as(response.body()).isEqualTo(kinds[0].status().value());
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.problemType().orElse(null)).as(response.body()).isIn((Object[]) kinds);
  }

  private static java.util.List<String> fields(Http.Response response) {
    return response.json().get("errors").findValuesAsText("field");
  }

  private String reference(String description) {
    return """
        {"customerCompany": "Northwind", "contactName": "Nina North", "contactEmail": "nina@northwind.example",
         "description": "%s", "locationId": "%s", "competency": "CLOUD_PRODUCTIVITY"}"""
        .formatted(description, partner.hqLocationId());
  }

  private String org(String path) {
    return "/api/organizations/" + partner.organizationId() + path;
  }
}
