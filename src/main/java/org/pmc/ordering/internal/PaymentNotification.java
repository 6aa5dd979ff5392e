package org.pmc.ordering.internal;

import java.util.UUID;
import org.pmc.ordering.internal.Money;

/** The body of {@code POST /api/payments/notifications}, sent by the payment provider. */
public record PaymentNotification(UUID invoiceId, Money amount, String paymentReference) {}
