package org.pmc.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.IntegrationTest;
import org.pmc.security.internal.RateLimitBuckets;
import org.pmc.security.internal.RateLimitProperties.Limit;
import org.pmc.security.internal.RateLimitProperties;
import org.pmc.security.internal.RateLimits;
import org.pmc.web.ProblemType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The rate limits of the public endpoints, with small limits (they are off in the other tests): over the
 * limit 429 problem+json with Retry-After, and the request goes no further, so nothing is stored. The buckets
 * are the application's, in its PostgreSQL; each test sends from client addresses of its own.
 */
class RateLimitsTest extends IntegrationTest {

  private static final RateLimitProperties SMALL = new RateLimitProperties(true, Map.of(
      "registration", new Limit(2, Duration.ofHours(1)),
      "association-requests", new Limit(2, Duration.ofHours(1)),
      "partner-lookup", new Limit(2, Duration.ofHours(1)),
      "signed-links", new Limit(3, Duration.ofMinutes(1)),
      "payment-notifications", new Limit(3, Duration.ofMinutes(1))));

  @Autowired
  DataSource dataSource;
  @Autowired
  Clock clock;

  private RateLimits limits;

  @BeforeEach
  void smallLimits() {
    limits = new RateLimits(SMALL, new RateLimitBuckets(dataSource, clock));
  }

  @Test
  void registrationOverTheLimitIs429WithRetryAfterAndGoesNoFurther() throws Exception {
    assertThat(send("POST", "/api/organizations", "10.0.0.1").passedOn()).isTrue();
    assertThat(send("POST", "/api/organizations", "10.0.0.1").passedOn()).isTrue();
    Sent limited = send("POST", "/api/organizations", "10.0.0.1");
    assertTooManyRequests(limited);
    // 2 an hour, refilled smoothly: the next one in about 30 minutes.
    assertThat(Long.parseLong(limited.response().getHeader("Retry-After"))).isBetween(1700L, 1801L);
  }

  @Test
  void eachClientAddressHasItsOwnBucket() throws Exception {
    send("POST", "/api/organizations", "10.0.0.2");
    send("POST", "/api/organizations", "10.0.0.2");
    assertTooManyRequests(send("POST", "/api/organizations", "10.0.0.2"));
    assertThat(send("POST", "/api/organizations", "10.0.0.3").passedOn()).isTrue();
  }

  @Test
  void thePortalRegistrationPageSharesTheRegistrationBucketButNotItsForm() throws Exception {
    assertThat(send("POST", "/api/organizations", "10.0.0.7").passedOn()).isTrue();
    assertThat(send("POST", "/portal/register", "10.0.0.7").passedOn()).isTrue();
    assertTooManyRequests(send("POST", "/portal/register", "10.0.0.7"));
    assertThat(send("GET", "/portal/register", "10.0.0.7").passedOn()).isTrue();
  }

  @Test
  void associationRequestsLinkPagesAndPaymentNotificationsHaveTheirOwnLimits() throws Exception {
    for (int i = 0; i < 2; i++) {
      assertThat(send("POST", "/api/association-requests", "10.0.0.4").passedOn()).isTrue();
    }
    assertTooManyRequests(send("POST", "/api/association-requests", "10.0.0.4"));

    assertThat(send("GET", "/r/token", "10.0.0.4").passedOn()).isTrue();
    assertThat(send("GET", "/i/token", "10.0.0.4").passedOn()).isTrue();
    assertThat(send("POST", "/m/token", "10.0.0.4").passedOn()).isTrue();
    assertTooManyRequests(send("POST", "/r/token", "10.0.0.4"));
    // R-PPL-7: the sign-up confirmations share the signed-links bucket (issue 14).
    assertTooManyRequests(send("GET", "/confirm/token", "10.0.0.4"));
    assertTooManyRequests(send("POST", "/join/token", "10.0.0.4"));
    assertThat(send("GET", "/confirm/token", "10.0.0.8").passedOn()).isTrue();
    assertThat(send("POST", "/join/token", "10.0.0.8").passedOn()).isTrue();

    for (int i = 0; i < 3; i++) {
      assertThat(send("POST", "/api/payments/notifications", "10.0.0.4").passedOn()).isTrue();
    }
    assertTooManyRequests(send("POST", "/api/payments/notifications", "10.0.0.4"));
  }

  @Test
  @DisplayName("Issue 14, R-PPL-8: the partner lookup has its own limit against walking the partner numbers")
  void partnerLookupOverTheLimitIs429() throws Exception {
    assertThat(send("GET", "/api/partners/1234567", "10.0.0.9").passedOn()).isTrue();
    assertThat(send("GET", "/api/partners/7654321", "10.0.0.9").passedOn()).isTrue();
    assertTooManyRequests(send("GET", "/api/partners/1111111", "10.0.0.9"));
    assertThat(send("POST", "/api/association-requests", "10.0.0.9").passedOn()).isTrue();
  }

  @Test
  @DisplayName("R-PPL-8: the join page's lookup and request count in the API's buckets, not as signed links")
  void theJoinPageSharesTheApiLimits() throws Exception {
    assertThat(send("GET", "/api/partners/1234567", "10.0.0.10").passedOn()).isTrue();
    assertThat(send("POST", "/join/partner", "10.0.0.10").passedOn()).isTrue();
    assertTooManyRequests(send("POST", "/join/partner", "10.0.0.10"));
    assertThat(send("POST", "/api/association-requests", "10.0.0.10").passedOn()).isTrue();
    assertThat(send("POST", "/join", "10.0.0.10").passedOn()).isTrue();
    assertTooManyRequests(send("POST", "/join", "10.0.0.10"));
    assertThat(send("GET", "/join", "10.0.0.10").passedOn()).as("the page itself: a signed-links count").isTrue();
  }

  @Test
  void otherEndpointsAreNotLimited() throws Exception {
    for (int i = 0; i < 20; i++) {
      assertThat(send("GET", "/api/competencies", "10.0.0.5").passedOn()).isTrue();
      assertThat(send("GET", "/api/organizations", "10.0.0.5").passedOn()).isTrue();
    }
  }

  @Test
  void disabledLimitsLetEverythingThrough() throws Exception {
    RateLimits off = new RateLimits(new RateLimitProperties(false, Map.of("registration",
        new Limit(1, Duration.ofHours(1)))), new RateLimitBuckets(dataSource, clock));
    for (int i = 0; i < 5; i++) {
      MockFilterChain chain = new MockFilterChain();
      off.doFilter(request("POST", "/api/organizations", "10.0.0.6"), new MockHttpServletResponse(), chain);
      assertThat(chain.getRequest()).isNotNull();
    }
  }

  private Sent send(String method, String path, String client) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();
    limits.doFilter(request(method, path, client), response, chain);
    return new Sent(response, chain.getRequest() != null);
  }

  private static MockHttpServletRequest request(String method, String path, String client) {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    request.setRemoteAddr(client);
    return request;
  }

  private static void assertTooManyRequests(Sent sent) throws Exception {
    assertThat(sent.passedOn()).as("passed on to the application").isFalse();
    assertThat(sent.response().getStatus()).isEqualTo(429);
    assertThat(sent.response().getContentType()).startsWith("application/problem+json");
    assertThat(Long.parseLong(sent.response().getHeader("Retry-After"))).isPositive();
    JsonNode problem = new ObjectMapper().readTree(sent.response().getContentAsString());
    assertThat(problem.get("status").asInt()).isEqualTo(429);
    assertThat(problem.get("type").asText()).isEqualTo(ProblemType.RATE_LIMITED.uri().toString());
  }

  private record Sent(MockHttpServletResponse response, boolean passedOn) {}
}
