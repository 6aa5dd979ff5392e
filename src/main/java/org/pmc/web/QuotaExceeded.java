package org.pmc.web;

import java.time.Duration;
import java.time.Instant;

/**
 * A request would take an organization past one of its quotas (issue 14: the daily mail quota). Answered 429
 * problem+json naming the quota, its limit, what is used, what the request needs and when the quota resets
 * (with {@code Retry-After}); the portal shows it like any refusal by a rule. Thrown before anything is written,
 * or with the request's transaction rolled back, so nothing of the request is half done.
 */
public class QuotaExceeded extends BusinessRuleViolation {

  private final Usage usage;

  public QuotaExceeded(String rule, Usage usage, String message) {
    super(rule, message);
    this.usage = usage;
  }

  public Usage usage() {
    return usage;
  }

  /**
   * Where the quota stands: {@code quota} its name, {@code requested} what the refused request needed,
   * {@code untilReset} by the application's clock (which tests move).
   */
  public record Usage(String quota, int limit, int used, int requested, Instant resetsAt, Duration untilReset) {}
}
