package org.pmc.ordering.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An invoice as the API shows it; unpaid ones are listed too (R-ABTK-18: payment history). {@code number} is gap-free
 * per year (PMC-2026-000123); the PDF is at {@code pdfUrl}.
 */
public record InvoiceView(UUID id, String number, UUID orderId, String orderType, String description,
    Money amount, String status, Instant issuedAt, LocalDate dueDate,
    Instant paidAt, String paymentReference, String pdfUrl) {

  /** Where the invoice document of this organization's invoice is downloaded. */
  static String pdfUrl(UUID organizationId, UUID invoiceId) {
    return "/api/organizations/" + organizationId + "/invoices/" + invoiceId + "/pdf";
  }
}
