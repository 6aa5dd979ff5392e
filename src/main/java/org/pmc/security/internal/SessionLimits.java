package org.pmc.security.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pmc.sessions.absolute-lifetime}: how long a portal sign-in lasts however busy its session is
 * (issue 13; default 12 hours). The idle timeout is {@code server.servlet.session.timeout}.
 */
@ConfigurationProperties("pmc.sessions")
public record SessionLimits(Duration absoluteLifetime) {

  public SessionLimits {
    absoluteLifetime = absoluteLifetime == null ? Duration.ofHours(12) : absoluteLifetime;
  }
}
