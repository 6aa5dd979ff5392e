package org.pmc.security;

import java.util.concurrent.atomic.AtomicInteger;
import org.pmc.IntegrationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The application with its throttles on and small limits: failed sign-ins (issue 13) and the public endpoints'
 * rate limits (issue 14). It trusts X-Forwarded-For from the test client, as it would from a proxy in front of
 * it, so each test sends from client addresses of its own; its clock (the tests' MovableClock) moves on instead
 * of a test waiting out a window. One context for every test class extending this one; being a context of its
 * own, it runs in a JVM of its own (pom.xml, execution throttle-tests), since a second engine named "default"
 * cannot start beside the other tests' one.
 */
@TestPropertySource(properties = {
    "pmc.sign-in-throttle.enabled=true",
    "pmc.sign-in-throttle.per-address.failures=" + ThrottledApplication.PER_ADDRESS,
    "pmc.sign-in-throttle.per-address.window=PT15M",
    "pmc.sign-in-throttle.per-account.failures=" + ThrottledApplication.PER_ACCOUNT,
    "pmc.sign-in-throttle.per-account.window=PT15M",
    "pmc.rate-limits.enabled=true",
    "pmc.rate-limits.limits.signed-links.requests=" + ThrottledApplication.LINK_PAGES,
    "pmc.rate-limits.limits.signed-links.per=PT1H",
    "server.forward-headers-strategy=native"})
abstract class ThrottledApplication extends IntegrationTest {

  static final int PER_ADDRESS = 5;
  static final int PER_ACCOUNT = 20;
  static final int LINK_PAGES = 3;
  private static final AtomicInteger ADDRESSES = new AtomicInteger();

  /** A client address of this test alone (TEST-NET-3). */
  static String address() {
    int n = ADDRESSES.incrementAndGet();
    return "203.0." + (113 + n / 250) + "." + (1 + n % 250);
  }
}
