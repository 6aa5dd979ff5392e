package org.pmc.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pmc.security.internal.ProblemResponses;
import org.pmc.security.internal.SignInAttempt;
import org.pmc.security.internal.SignInFailures.Key;
import org.pmc.security.internal.SignInFailures;
import org.pmc.web.DatabaseOutage;
import org.pmc.web.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Issue 13: failed sign-ins are throttled per client address and per account on every surface (portal form,
 * partner and staff API, actuator, engine REST, Camunda webapps; see {@link SignInAttempt}), and nothing locks an
 * account for good (api.md). While the address or the account has used up its failures of the current window,
 * an attempt answers 429 problem+json with {@code Retry-After} (seconds) before Spring Security or Camunda sees
 * it: no password is checked, so guessing on gets nowhere and costs no BCrypt. Only failures count: successes
 * from a shared address never throttle it, and a success resets nothing, or an attacker who owns one account
 * could wipe his address's count with it, and a victim's own sign-ins would wipe the attacker's count on the
 * victim's account. Camunda's own per-user delay and lock are off (application.yml): anyone who knew a staff
 * user name could otherwise lock that user out, for a while or for good (ENGINE-27001, stack.md).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class SignInThrottle extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

  private final SignInThrottleProperties properties;
  private final SignInFailures failures;
  private final Clock clock;

  SignInThrottle(SignInThrottleProperties properties, SignInFailures failures, Clock clock) {
    this.properties = properties;
    this.failures = failures;
    this.clock = clock;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !properties.enabled();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<SignInAttempt> attempt = SignInAttempt.of(request);
    if (attempt.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    List<Key> keys = keys(request.getRemoteAddr(), attempt.get());
    Optional<Instant> refusedUntil;
    try {
      refusedUntil = failures.refusedUntil(keys);
    } catch (RuntimeException e) {
      if (!DatabaseOutage.causedBy(e)) {
        throw e;
      }
      ProblemResponses.unavailable(response);
      return;
    }
    if (refusedUntil.isPresent()) {
      refuse(response, refusedUntil.get());
      return;
    }
    chain.doFilter(request, response);
    if (attempt.get().failed(request, response)) {
      failures.record(keys).forEach(key -> log.warn("Sign-in throttled: {} reached {} failed sign-ins in {}",
          key.name(), key.limit().failures(), key.limit().window()));
    }
  }

  private List<Key> keys(String address, SignInAttempt attempt) {
    List<Key> keys = new ArrayList<>(List.of(Key.address(address, properties.perAddress())));
    if (attempt.account() != null) {
      keys.add(Key.account(attempt.account(), properties.perAccount()));
    }
    return keys;
  }

  /** The same answer for an address and an account over the limit: it does not tell whether an account exists. */
  private void refuse(HttpServletResponse response, Instant until) throws IOException {
    long seconds = Duration.between(clock.instant(), until).toSeconds() + 1;
    response.setHeader("Retry-After", Long.toString(seconds));
    ProblemResponses.write(response, ProblemType.RATE_LIMITED,
        "Too many failed sign-ins; try again in " + seconds + " seconds.");
  }
}
