package org.pmc.security.internal;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pmc.sign-in-throttle} (issue 13): how many failed sign-ins one client address and one account may have
 * in a window (counted from the window's first failure) before further attempts answer 429 without a password
 * check. The defaults and why the account's limit is the higher one: application.yml. Off with
 * {@code enabled: false} (the test profile; SignInThrottleTest turns it on with small limits).
 */
@ConfigurationProperties("pmc.sign-in-throttle")
public record SignInThrottleProperties(boolean enabled, Limit perAddress, Limit perAccount) {

  public SignInThrottleProperties {
    Objects.requireNonNull(perAddress, "pmc.sign-in-throttle.per-address");
    Objects.requireNonNull(perAccount, "pmc.sign-in-throttle.per-account");
  }

  /** The longest window: how long a failure can matter at all. */
  Duration longestWindow() {
    return perAddress.window().compareTo(perAccount.window()) >= 0 ? perAddress.window() : perAccount.window();
  }

  /** At most {@code failures} failed sign-ins per {@code window}. */
  public record Limit(int failures, Duration window) {}
}
