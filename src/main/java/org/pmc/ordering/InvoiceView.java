package org.pmc.ordering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An invoice as the API shows it; unpaid ones are listed too (R-ABTK-18: payment history). */
public record InvoiceView(UUID id, UUID orderId, String orderType, String description,
    Money amount, String status, LocalDate dueDate,
    Instant paidAt, String paymentReference) {}
