package org.pmc.security.internal;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pmc.rate-limits}: how many requests one client address may send to each public endpoint per period
 * ({@code pmc.rate-limits.limits.registration.requests: 20}, {@code ...per: PT1H}). Off with
 * {@code enabled: false} (the test profile). A limit not configured does not apply.
 */
@ConfigurationProperties("pmc.rate-limits")
public record RateLimitProperties(boolean enabled, Map<String, Limit> limits) {

  public RateLimitProperties {
    limits = limits == null ? Map.of() : Map.copyOf(limits);
  }

  /** {@code requests} per {@code per}, refilled smoothly. */
  public record Limit(int requests, Duration per) {}
}
