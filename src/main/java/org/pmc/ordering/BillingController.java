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

  private final AbtkOrders orders;

  BillingController(AbtkOrders orders) {
    this.orders = orders;
  }

  @GetMapping("/invoices")
  List<InvoiceView> invoices(@PathVariable UUID org) {
    return orders.invoices(org);
  }

  @GetMapping("/shipments")
  List<ShipmentView> shipments(@PathVariable UUID org) {
    return orders.shipments(org);
  }
}
