package org.pmc.people.internal;

import jakarta.persistence.Entity;
import java.time.Duration;
import java.time.Instant;
import org.pmc.notification.PendingConfirmation;

/**
 * Someone asked for a new password for an address. Stored for every address alike (no account
 * enumeration); the mail's link names this row, which makes it single use, and lapses after {@link #VALIDITY}.
 */
@Entity
class PasswordReset extends PendingConfirmation {

  static final Duration VALIDITY = Duration.ofMinutes(30);

  protected PasswordReset() {}

  PasswordReset(String email, Instant now) {
    super(email, now, VALIDITY);
  }
}
