package org.pmc.people.internal;

import java.time.Instant;
import org.pmc.notification.PendingConfirmations;

interface PasswordResetRequests extends PendingConfirmations<PasswordReset> {

  /** How many resets were asked for this address since then: a bound on the mails one address gets. */
  long countByEmailAndRequestedAtAfter(String email, Instant since);
}
