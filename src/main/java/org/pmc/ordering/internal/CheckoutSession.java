package org.pmc.ordering.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One attempt to pay an invoice by card (R-ABTK-19): its amount and currency are the invoice's when it started;
 * {@code status} OPEN until the provider reports PAID or the partner DECLINED, or until it EXPIRED.
 */
public record CheckoutSession(UUID id, UUID invoiceId, String invoiceNumber, String description, Money amount,
    String status, Instant expiresAt) {

  /** Whether it can still be paid at {@code now}. */
  boolean payableAt(Instant now) {
    return "OPEN".equals(status) && now.isBefore(expiresAt);
  }

  /** What the page shows: an OPEN session whose time is up is EXPIRED, even before anyone stored that. */
  String statusAt(Instant now) {
    return "OPEN".equals(status) && !now.isBefore(expiresAt) ? "EXPIRED" : status;
  }
}
