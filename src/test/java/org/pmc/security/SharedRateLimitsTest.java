package org.pmc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.MovableClock;
import org.pmc.security.internal.RateLimitBuckets;
import org.pmc.security.internal.RateLimitProperties;
import org.pmc.security.internal.RateLimits;
import org.pmc.web.ProblemType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Issue 14 (9): the public endpoints' rate limits over HTTP, keyed by the forwarded client address, with their
 * buckets in PostgreSQL so that a second node draws from the same ones. The pages behind signed links allow
 * {@value ThrottledApplication#LINK_PAGES} requests an hour here.
 */
class SharedRateLimitsTest extends ThrottledApplication {

  @Autowired
  RateLimitProperties properties;
  @Autowired
  DataSource dataSource;
  @Autowired
  MovableClock clock;
  @Autowired
  RateLimitBuckets buckets;
  @Autowired
  JdbcClient jdbc;

  @Test
  @DisplayName("Issue 14 (9): behind a proxy each forwarded client address has its own bucket, not the proxy's")
  void keyedByTheForwardedAddress() {
    String client = address();
    for (int page = 1; page <= LINK_PAGES; page++) {
      assertThat(linkPage(client).status()).as("page %d", page).isNotEqualTo(429);
    }
    Http.Response refused = linkPage(client);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.problemType()).contains(ProblemType.RATE_LIMITED);
    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3_600L);

    assertThat(linkPage(address()).status()).as("another client behind the same proxy").isNotEqualTo(429);
  }

  @Test
  @DisplayName("Issue 14 (9): a second node counts against the same buckets: what one node allowed, the other "
      + "refuses, and the other way round")
  void sharedByEveryNode() throws Exception {
    RateLimits otherNode = new RateLimits(properties, new RateLimitBuckets(dataSource, clock));
    String client = address();
    for (int page = 1; page <= LINK_PAGES; page++) {
      assertThat(linkPage(client).status()).isNotEqualTo(429);
    }
    assertThat(send(otherNode, client).getStatus()).isEqualTo(429);

    String second = address();
    for (int page = 1; page <= LINK_PAGES; page++) {
      assertThat(send(otherNode, second).getStatus()).isEqualTo(200);
    }
    assertThat(linkPage(second).status()).isEqualTo(429);
  }

  @Test
  @DisplayName("Issue 14 (9): the bucket refills with the application's clock, and a full bucket's row is pruned")
  void refilledAndPruned() {
    String client = address();
    for (int page = 0; page <= LINK_PAGES; page++) {
      linkPage(client);
    }
    assertThat(linkPage(client).status()).isEqualTo(429);
    assertThat(rows(client)).isEqualTo(1);

    clock.advance(Duration.ofHours(1));
    assertThat(linkPage(client).status()).isNotEqualTo(429);

    jdbc.sql("update rate_limit_bucket set expires_at = 0 where id like ?").param("%|" + client).update();
    buckets.prune();
    assertThat(rows(client)).isZero();
  }

  private Http.Response linkPage(String client) {
    return new Http(port).from(client).get("/i/not-a-token");
  }

  private static MockHttpServletResponse send(RateLimits node, String client) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/i/not-a-token");
    request.setRemoteAddr(client);
    MockHttpServletResponse response = new MockHttpServletResponse();
    node.doFilter(request, response, new MockFilterChain());
    return response;
  }

  private long rows(String client) {
    return jdbc.sql("select count(*) from rate_limit_bucket where id like ?").param("%|" + client)
        .query(Long.class).single();
  }
}
