package org.pmc.ordering.internal;

import java.util.UUID;

/**
 * Published in the transaction that records a matching payment: the owner of the order marks it paid there,
 * so invoice and order change together. The process is told after commit (the payment is stored first).
 */
public record InvoicePaid(UUID invoiceId, UUID organizationId, OrderType orderType, UUID orderId) {}
