package org.pmc.ordering;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Invoices (paid and unpaid, R-ABTK-18) and shipments of an organization. Access checked by OrganizationAccess. */
@RestController
@RequestMapping("/api/organizations/{org}")
class BillingController {

  private final Invoices invoices;
  private final Shipments shipments;

  BillingController(Invoices invoices, Shipments shipments) {
    this.invoices = invoices;
    this.shipments = shipments;
  }

  @GetMapping("/invoices")
  List<InvoiceView> invoices(@PathVariable UUID org) {
    return invoices.invoices(org);
  }

  @GetMapping("/shipments")
  List<ShipmentView> shipments(@PathVariable UUID org) {
    return shipments.shipments(org);
  }
}
