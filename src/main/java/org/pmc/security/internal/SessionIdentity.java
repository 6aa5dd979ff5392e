package org.pmc.security.internal;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * All a portal session keeps of its sign-in (issue 13): who signed in and when, and a fingerprint of the
 * password hash they signed in with. Never the role, organization or the hash itself: those are read for
 * every request. A record of our own, not Spring Security's context, so that stored sessions survive an
 * upgrade of Spring Security (whose classes change their serial version with every release).
 */
public record SessionIdentity(UUID individualId, String email, String passwordFingerprint, Instant signedInAt)
    implements Serializable {

  @Serial
  private static final long serialVersionUID = 1L;

  boolean olderThan(Duration lifetime, Instant now) {
    return signedInAt.plus(lifetime).isBefore(now);
  }
}
