package org.pmc.notification;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * R-PPL-7: a public request (a registration, an association request) waiting for its owner to click the link in
 * the confirmation mail. It reserves nothing; the link names this row, which makes it single use: a confirmed
 * request is not confirmed again, and one past its time is not confirmed at all.
 */
@MappedSuperclass
public abstract class PendingConfirmation {

  /** R-PPL-7: an unclicked link lapses after 7 days. */
  public static final Duration VALIDITY = Duration.ofDays(7);

  @Id
  private UUID id;
  private String email;
  private Instant requestedAt;
  private Instant expiresAt;
  private Instant confirmedAt;

  protected PendingConfirmation() {}

  protected PendingConfirmation(String email, Instant now) {
    this(email, now, VALIDITY);
  }

  /** A request whose link lapses sooner than a sign-up's (a password reset, 30 minutes). */
  protected PendingConfirmation(String email, Instant now, Duration validity) {
    this.id = UUID.randomUUID();
    this.email = email.trim().toLowerCase();
    this.requestedAt = now;
    this.expiresAt = now.plus(validity);
  }

  /** Refuses a link already used or past its time, with the page's answer (410). */
  public void requireOpen(Instant now) {
    if (confirmedAt != null) {
      throw InvalidLink.used();
    }
    if (now.isAfter(expiresAt)) {
      throw InvalidLink.expiredLink();
    }
  }

  /** Marks the request confirmed, after {@link #requireOpen}: its link works no more. */
  public void confirmed(Instant now) {
    requireOpen(now);
    this.confirmedAt = now;
  }

  public UUID getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  /** A link that names no pending request (pruned, or never stored): refused like an expired one. */
  public static InvalidLink unknown() {
    return InvalidLink.expiredLink();
  }
}
