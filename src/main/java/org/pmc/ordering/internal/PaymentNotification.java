package org.pmc.ordering.internal;

import java.util.UUID;
import org.pmc.ordering.internal.Money;

/**
 * The body of {@code POST /api/payments/notifications}, sent by the payment provider. {@code sessionId} names the
 * card checkout it pays (R-ABTK-19), as the provider got it when the checkout started; a bank transfer has none.
 */
public record PaymentNotification(UUID invoiceId, Money amount, String paymentReference, UUID sessionId) {

  /** A payment that came without a checkout (a bank transfer billing enters). */
  public PaymentNotification(UUID invoiceId, Money amount, String paymentReference) {
    this(invoiceId, amount, paymentReference, null);
  }
}
