package org.pmc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The public endpoints' rate limits, with small limits turned on (they are off in the other tests), and the
 * secrets, which come from configuration only and never show in the log. One context for both, since each
 * costs a start-up; its log goes to a file of its own from the first line, so the start-up is in it. A
 * process engine of its own name, since the other tests' engine is still registered in this JVM.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(properties = {
    "camunda.bpm.process-engine-name=hardened",
    "pmc.rate-limits.enabled=true",
    "pmc.rate-limits.limits.registration.requests=2",
    "pmc.rate-limits.limits.registration.per=PT1H",
    "pmc.rate-limits.limits.association-requests.requests=2",
    "pmc.rate-limits.limits.association-requests.per=PT1H",
    "pmc.rate-limits.limits.signed-links.requests=3",
    "pmc.rate-limits.limits.signed-links.per=PT1M",
    "pmc.rate-limits.limits.payment-notifications.requests=3",
    "pmc.rate-limits.limits.payment-notifications.per=PT1M",
    RateLimitsAndSecretsTest.WEBHOOK_SECRET_PROPERTY,
    RateLimitsAndSecretsTest.LINK_SECRET_PROPERTY,
    "logging.file.name=" + RateLimitsAndSecretsTest.LOG_FILE,
    "logging.level.org.pmc=DEBUG",
    "logging.level.org.camunda.bpm.spring.boot=INFO",
    "logging.level.org.springframework.boot.web.embedded.tomcat=INFO"})
class RateLimitsAndSecretsTest extends IntegrationTest {

  static final String WEBHOOK_SECRET = "whsec-sentinel-4f1c0d";
  static final String LINK_SECRET = "link-sentinel-9a7e21";
  static final String WEBHOOK_SECRET_PROPERTY = "pmc.payments.webhook-secret=" + WEBHOOK_SECRET;
  static final String LINK_SECRET_PROPERTY = "pmc.link-secret=" + LINK_SECRET;
  static final String LOG_FILE = "target/hardened-startup.log";

  @Test
  void registrationOverTheLimitIs429WithRetryAfterAndStoresNothing() {
    new Http(port).post("/api/organizations", "{}");
    new Http(port).post("/api/organizations", "{}");
    Http.Response limited = new Http(port).post("/api/organizations", """
        {"name": "Flood", "country": "FR", "admin": {"firstName": "F", "lastName": "Flood",
         "email": "flood@limits.example", "password": "tulip-harbour-lantern"}}""");
    assertTooManyRequests(limited);
    assertThat(new Http(port).as("flood@limits.example", "tulip-harbour-lantern").get("/api/competencies")
        .status()).isEqualTo(401);
  }

  @Test
  void associationRequestsLinkPagesAndPaymentNotificationsHaveTheirOwnLimits() {
    assertThat(new Http(port).post("/api/association-requests", "{}").status()).isEqualTo(400);
    assertThat(new Http(port).post("/api/association-requests", "{}").status()).isEqualTo(400);
    assertTooManyRequests(new Http(port).post("/api/association-requests", "{}"));

    for (String page : new String[] {"/r/garbage", "/i/garbage", "/m/garbage"}) {
      assertThat(new Http(port).get(page).status()).isEqualTo(400);
    }
    assertTooManyRequests(new Http(port).get("/r/garbage"));
    assertTooManyRequests(new Http(port).postForm("/r/garbage", java.util.Map.of("answer", "confirm")));

    for (int i = 0; i < 3; i++) {
      assertThat(new Http(port).post("/api/payments/notifications", "{}").status()).isEqualTo(401);
    }
    assertTooManyRequests(new Http(port).post("/api/payments/notifications", "{}"));

    assertThat(new Http(port).get("/api/competencies").status()).as("not rate limited").isEqualTo(200);
  }

  @Test
  void theStartUpLogShowsNeitherSecret() throws IOException {
    String log = Files.readString(Path.of(LOG_FILE), StandardCharsets.UTF_8);
    assertThat(log).as("this start-up is in the log").contains("started on port " + port);
    assertThat(log).doesNotContain(WEBHOOK_SECRET).doesNotContain(LINK_SECRET);
  }

  private static void assertTooManyRequests(Http.Response response) {
    assertThat(response.status()).isEqualTo(429);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(Long.parseLong(response.header("Retry-After"))).isPositive();
    assertThat(response.json().get("status").asInt()).isEqualTo(429);
  }
}
