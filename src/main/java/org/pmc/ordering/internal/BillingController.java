package org.pmc.ordering.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pmc.ordering.internal.BenefitView;
import org.pmc.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Invoices (paid and unpaid, R-ABTK-18), benefits and shipments of an organization. Access checked by OrganizationAccess. */
@RestController
@RequestMapping("/api/organizations/{org}")
class BillingController {

  private final Invoices invoices;
  private final Shipments shipments;
  private final LocationBenefits benefits;

  BillingController(Invoices invoices, Shipments shipments, LocationBenefits benefits) {
    this.invoices = invoices;
    this.shipments = shipments;
    this.benefits = benefits;
  }

  @Operation(summary = "List the organization's invoices")
  @GetMapping("/invoices")
  ResponseEntity<List<InvoiceView>> invoices(@PathVariable UUID org, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
    return Paging.response(invoices.invoices(org, Paging.of(page, size)));
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
