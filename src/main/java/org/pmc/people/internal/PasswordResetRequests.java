package org.pmc.people.internal;

import java.time.Instant;
import org.pmc.notification.PendingConfirmations;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PasswordResetRequests extends PendingConfirmations<PasswordReset> {

  /** How many resets were asked for this address since then: a bound on the mails one address gets. */
  long countByEmailAndRequestedAtAfter(String email, Instant since);

  /** Spends every open link for the address: once a new password is set, no older mail sets another. */
  @Modifying
  @Query("update PasswordReset p set p.confirmedAt = :now where p.email = :email and p.confirmedAt is null")
  int spendAll(@Param("email") String email, @Param("now") Instant now);
}
