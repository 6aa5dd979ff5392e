package org.pmc.security.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import org.pmc.security.internal.CurrentAccounts.CurrentAccount;
import org.pmc.security.internal.CurrentAccounts;
import org.pmc.security.internal.PasswordFingerprint;
import org.pmc.security.internal.SignInThrottle;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Remembers for a short while that an HTTP Basic password was right, keyed by the user and a SHA-256 of the
 * password. Stateless API clients send their password with every request: without this each call pays a
 * BCrypt check (~80 ms here), staff calls a Camunda password check of the same cost. Only successes are
 * remembered, per node; failures are SignInThrottle's business.
 *
 * <p>What is remembered is the fact, not the authentication (issue 13): every request reads the account as
 * it is now, so a removed or demoted person is refused at their next call, and the fact counts only while
 * the stored password hash is the one it was checked against (a new password ends it at once).
 */
final class VerifiedCredentials implements AuthenticationProvider {

  private final AuthenticationProvider delegate;
  private final CurrentAccounts accounts;
  /** Key of user and password to the fingerprint of the stored hash the password was verified against. */
  private final Cache<String, String> verified;

  VerifiedCredentials(AuthenticationProvider delegate, CurrentAccounts accounts, Duration remember) {
    this.delegate = delegate;
    this.accounts = accounts;
    this.verified = Caffeine.newBuilder().expireAfterWrite(remember).maximumSize(10_000).build();
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    Optional<CurrentAccount> account = current(authentication.getName());
    if (account.isEmpty()) {
      return delegate.authenticate(authentication); // refuses it as it refuses any unknown user
    }
    // The fingerprint is read before the check: a password changed in between is checked again next time.
    String fingerprint = account.get().passwordFingerprint();
    String key = PasswordFingerprint.sha256(authentication.getName(), String.valueOf(authentication.getCredentials()));
    if (!fingerprint.equals(verified.getIfPresent(key))) {
      Authentication checked = delegate.authenticate(authentication);
      if (checked == null || !checked.isAuthenticated()) {
        return checked;
      }
      verified.put(key, fingerprint);
    }
    return account.get().authentication();
  }

  /** As the user-details lookup of a sign-in: a database that cannot be read answers 503, not 401 or 500. */
  private Optional<CurrentAccount> current(String username) {
    try {
      return accounts.find(username);
    } catch (RuntimeException e) {
      throw new InternalAuthenticationServiceException("The account could not be read", e);
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
