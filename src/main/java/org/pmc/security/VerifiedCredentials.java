package org.pmc.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Remembers a successful HTTP Basic sign-in for a short while, keyed by the user and a SHA-256 of the
 * password. Stateless API clients send their password with every request: without this each call pays
 * a BCrypt check (~80 ms here), and staff calls hit Camunda's per-user login throttle, which anyone who
 * knows a staff user name could trigger with one wrong password. Only successes are remembered, per node;
 * a changed password stops working once its entry expires.
 */
final class VerifiedCredentials implements AuthenticationProvider {

  private final AuthenticationProvider delegate;
  private final Cache<String, Authentication> verified;

  VerifiedCredentials(AuthenticationProvider delegate, Duration remember) {
    this.delegate = delegate;
    this.verified = Caffeine.newBuilder().expireAfterWrite(remember).maximumSize(10_000).build();
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String key = key(authentication);
    Authentication known = verified.getIfPresent(key);
    if (known != null) {
      return known;
    }
    Authentication result = delegate.authenticate(authentication);
    if (result != null && result.isAuthenticated()) {
      verified.put(key, result);
    }
    return result;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  private static String key(Authentication authentication) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(authentication.getName().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(String.valueOf(authentication.getCredentials()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
