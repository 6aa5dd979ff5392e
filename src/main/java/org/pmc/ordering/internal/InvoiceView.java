package org.pmc.ordering.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An invoice as the API shows it; unpaid ones are listed too (R-ABTK-18: payment history). {@code number} is gap-free
 * per year (PMC-2026-000123); the PDF is at {@code pdfUrl}, the card checkout (a portal page) at {@code payUrl}.
 */
public record InvoiceView(UUID id, String number, UUID orderId, String orderType, String description,
    Money amount, String status, Instant issuedAt, LocalDate dueDate,
    Instant paidAt, String paymentReference,
    @Schema(description = "Where the invoice document (PDF) is downloaded, with the caller's credentials")
    String pdfUrl,
    @Schema(description = "R-ABTK-19: the portal page that pays this invoice by card (a signed-in admin is sent on "
        + "to the payment provider's hosted checkout); only an OPEN invoice has one, null otherwise",
        nullable = true)
    String payUrl) {

  /** What a partner opens to pay an invoice by card (R-ABTK-19); only an OPEN invoice has one. */
  static String payUrl(UUID invoiceId, String status) {
    return "OPEN".equals(status) ? "/portal/invoices/" + invoiceId + "/pay" : null;
  }

  /** Where the invoice document of this organization's invoice is downloaded. */
  static String pdfUrl(UUID organizationId, UUID invoiceId) {
    return "/api/organizations/" + organizationId + "/invoices/" + invoiceId + "/pdf";
  }
}
