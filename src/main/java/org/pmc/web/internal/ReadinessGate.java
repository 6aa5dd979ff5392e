package org.pmc.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pmc.web.ProblemJson;
import org.pmc.web.ProblemType;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Issue 13: no request is served before the application is ready. Tomcat opens its port while the context is
 * still being refreshed, and the Camunda process application deploys the processes only on the
 * ContextRefreshedEvent after that: a request in between (a registration, which starts
 * {@code competency-renewal}) failed with 500 "no processes deployed with key ...". Spring Boot's readiness
 * turns ACCEPTING_TRAFFIC with the ApplicationReadyEvent, after that deployment and the rest of start-up (demo
 * data too); before it, and again once the application shuts down, every request but the health probes is
 * answered 503 problem+json with {@code Retry-After}, which a client or a load balancer retries. First of the
 * filters after Boot's own, so a refused request touches neither the database nor the rate limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class ReadinessGate extends OncePerRequestFilter {

  /** Start-up takes seconds from the moment the port opens. */
  static final String RETRY_AFTER_SECONDS = "5";
  private static final String HEALTH = "/actuator/health";

  private final ApplicationAvailability availability;

  ReadinessGate(ApplicationAvailability availability) {
    this.availability = availability;
  }

  /** The probes answer throughout: /actuator/health/readiness is how a load balancer learns of readiness. */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals(HEALTH) || path.startsWith(HEALTH + "/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    ProblemJson.write(response, ProblemType.UNAVAILABLE,
        "The application is not ready for requests (starting or stopping); try again in a moment.");
  }
}
