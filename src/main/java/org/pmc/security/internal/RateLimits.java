package org.pmc.security.internal;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.pmc.security.internal.ProblemResponses;
import org.pmc.security.internal.RateLimitBuckets;
import org.pmc.security.internal.RateLimitProperties.Limit;
import org.pmc.security.internal.RateLimitProperties;
import org.pmc.web.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Rate limits on the endpoints anyone can call: registration (the API and the portal page share one bucket),
 * association requests, password resets, the partner lookup (issue 14: against walking the partner numbers, R-PPL-8), the pages
 * behind signed links (the sign-up confirmations too) and payment notifications. One token bucket per limit
 * and client address; over the limit the answer is 429 problem+json with {@code Retry-After} (seconds). Runs
 * before Spring Security, so a flood does not even cost a password check. The buckets are in PostgreSQL, shared by
 * every node ({@link RateLimitBuckets}). The client is {@code getRemoteAddr()}: the connection's address, or
 * the client's from {@code X-Forwarded-For} when {@code server.forward-headers-strategy} is set (behind a
 * proxy; Tomcat's RemoteIpValve or Spring's ForwardedHeaderFilter have set it by the time this filter runs).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RateLimits extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

  /** Which requests each configured limit counts; the names are the keys under pmc.rate-limits.limits. */
  private static final List<Endpoint> ENDPOINTS = List.of(
      new Endpoint("registration", "POST", "/api/organizations"),
      new Endpoint("registration", "POST", "/portal/register"),
      new Endpoint("association-requests", "POST", "/api/association-requests"),
      new Endpoint("password-reset", "POST", "/api/password-reset"),
      new Endpoint("password-reset", "POST", "/portal/forgot-password"),
      new Endpoint("partner-lookup", "GET", "/api/partners/*"),
      // The public join page's lookup and request: the same buckets as the API's (before /join/** below).
      new Endpoint("partner-lookup", "POST", "/join/partner"),
      new Endpoint("association-requests", "POST", "/join"),
      new Endpoint("payment-notifications", "POST", "/api/payments/notifications"),
      new Endpoint("signed-links", null, "/r/**"),
      new Endpoint("signed-links", null, "/i/**"),
      new Endpoint("signed-links", null, "/m/**"),
      new Endpoint("signed-links", null, "/confirm/**"),
      new Endpoint("signed-links", null, "/join/**"),
      new Endpoint("signed-links", null, "/reset/**"));

  private final RateLimitProperties properties;
  private final RateLimitBuckets buckets;

  public RateLimits(RateLimitProperties properties, RateLimitBuckets buckets) {
    this.properties = properties;
    this.buckets = buckets;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !properties.enabled();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> name = limitOf(request);
    Limit limit = name.map(properties.limits()::get).orElse(null);
    if (limit == null) {
      chain.doFilter(request, response);
      return;
    }
    String client = request.getRemoteAddr();
    ConsumptionProbe probe = buckets.take(name.get(), limit, client);
    if (probe.isConsumed()) {
      chain.doFilter(request, response);
      return;
    }
    long retryAfter = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
    log.warn("Rate limit {} reached by {}: {} {} refused for {} s", name.get(), client, request.getMethod(),
        request.getRequestURI(), retryAfter);
    response.setHeader("Retry-After", Long.toString(retryAfter));
    ProblemResponses.write(response, ProblemType.RATE_LIMITED,
        "Too many requests from your address; try again in " + retryAfter + " seconds.");
  }

  private static Optional<String> limitOf(HttpServletRequest request) {
    PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
    return ENDPOINTS.stream().filter(endpoint -> endpoint.matches(request.getMethod(), path))
        .map(Endpoint::limit).findFirst();
  }

  private record Endpoint(String limit, String method, PathPattern pattern) {

    Endpoint(String limit, String method, String pattern) {
      this(limit, method, PathPatternParser.defaultInstance.parse(pattern));
    }

    boolean matches(String requestMethod, PathContainer path) {
      return (method == null || method.equals(requestMethod)) && pattern.matches(path);
    }
  }
}
