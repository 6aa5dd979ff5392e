package org.pmc.ordering;

import java.util.UUID;

/** The body of {@code POST /api/payments/notifications}, sent by the payment provider. */
public record PaymentNotification(UUID invoiceId, Money amount, String paymentReference) {}
