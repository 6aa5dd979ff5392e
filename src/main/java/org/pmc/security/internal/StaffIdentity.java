package org.pmc.security.internal;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * All a staff console session keeps of its sign-in: the Camunda user id, a fingerprint of the password hash they
 * signed in with, and when. The groups (what they may see and do) are read for every request, as for the portal
 * ({@link SessionIdentity}); a record of our own so that stored sessions survive a Spring Security upgrade.
 */
record StaffIdentity(String userId, String passwordFingerprint, Instant signedInAt) implements Serializable {

  @Serial
  private static final long serialVersionUID = 1L;

  boolean olderThan(Duration lifetime, Instant now) {
    return signedInAt.plus(lifetime).isBefore(now);
  }
}
