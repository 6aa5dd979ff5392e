package org.pmc.ordering.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Locale;
import java.util.UUID;
import org.pmc.ordering.internal.InvoiceDocument.Pdf;
import org.pmc.ordering.internal.InvoiceDocument;
import org.pmc.web.PortalUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * R-ABTK-19: an invoice's PDF, over the API and from the portal's Invoices page; only the organization's own. It is
 * written in the request's language (the portal's locale resolver: the person's choice, else the browser's).
 */
@RestController
class InvoiceDocumentController {

  private final InvoiceDocument documents;

  InvoiceDocumentController(InvoiceDocument documents) {
    this.documents = documents;
  }

  /** Access to {org} is checked by OrganizationAccessInterceptor; another organization's invoice is 404. */
  @Operation(summary = "Download an invoice as PDF")
  @ApiResponse(responseCode = "200", description = "The invoice document",
      content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE))
  @GetMapping("/api/organizations/{org}/invoices/{invoiceId}/pdf")
  ResponseEntity<byte[]> pdf(@PathVariable UUID org, @PathVariable UUID invoiceId, Locale language) {
    return download(documents.render(org, invoiceId, language));
  }

  @GetMapping("/portal/invoices/{invoiceId}/pdf")
  ResponseEntity<byte[]> portalPdf(@AuthenticationPrincipal PortalUser user, @PathVariable UUID invoiceId,
      Locale language) {
    return download(documents.render(user.organizationId(), invoiceId, language));
  }

  private static ResponseEntity<byte[]> download(Pdf pdf) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(pdf.fileName()).build()
            .toString())
        .body(pdf.content());
  }
}
