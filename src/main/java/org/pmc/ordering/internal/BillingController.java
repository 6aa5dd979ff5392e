package org.pmc.ordering.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pmc.ordering.internal.BenefitView;
import org.pmc.ordering.internal.CheckoutSessions.Started;
import org.pmc.web.Paging;
import org.pmc.web.RefusedBy;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Invoices (paid and unpaid, R-ABTK-18), benefits and shipments of an organization. Access checked by OrganizationAccess. */
@RestController
@RequestMapping("/api/organizations/{org}")
class BillingController {

  private final Invoices invoices;
  private final CheckoutSessions checkouts;
  private final Shipments shipments;
  private final LocationBenefits benefits;

  BillingController(Invoices invoices, CheckoutSessions checkouts, Shipments shipments, LocationBenefits benefits) {
    this.invoices = invoices;
    this.checkouts = checkouts;
    this.shipments = shipments;
    this.benefits = benefits;
  }

  @Operation(summary = "List the organization's invoices")
  @GetMapping("/invoices")
  ResponseEntity<List<InvoiceView>> invoices(@PathVariable UUID org, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
    return Paging.response(invoices.invoices(org, Paging.of(page, size)));
  }

  /**
   * R-ABTK-19: the provider's hosted checkout for an OPEN invoice, the running one while it lasts. Admins pay, as
   * they order; a member sees the invoices but does not pay them. Another organization's invoice is 404.
   */
  @Operation(summary = "Start paying an invoice by card")
  @ApiResponse(responseCode = "201", description = "checkoutUrl: where the partner's browser pays (in demo mode "
      + "the sandbox under /sandbox/checkout/); expiresAt: when that checkout ends")
  @RefusedBy("R-ABTK-19")
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  @PostMapping("/invoices/{invoiceId}/checkout")
  ResponseEntity<Started> checkout(@PathVariable UUID org, @PathVariable UUID invoiceId) {
    return ResponseEntity.status(HttpStatus.CREATED).body(checkouts.start(org, invoiceId));
  }

  /** Benefits per location by source (MEMBERSHIP, COMPETENCY, ABTK), R-ABTK-10. */
  @Operation(summary = "List the benefits per location")
  @GetMapping("/benefits")
  ResponseEntity<List<BenefitView>> benefits(@PathVariable UUID org, @RequestParam Optional<UUID> locationId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
    return Paging.response(benefits.benefits(org, locationId, Paging.of(page, size)));
  }

  @Operation(summary = "List the organization's shipments")
  @GetMapping("/shipments")
  ResponseEntity<List<ShipmentView>> shipments(@PathVariable UUID org, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
    return Paging.response(shipments.shipments(org, Paging.of(page, size)));
  }
}
