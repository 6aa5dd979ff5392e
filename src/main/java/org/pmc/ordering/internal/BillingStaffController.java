package org.pmc.ordering.internal;

import java.util.UUID;
import java.util.stream.Collectors;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.web.Paging;
import org.pmc.web.StaffPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff console, Orders &amp; invoices (RSC and billing): every invoice of the organization with the order it bills,
 * amount, status and due date (R-ABTK-19), and its shipments (R-ABTK-15, R-PLQ-1); each list 20 a page.
 */
@Controller
@StaffPage
class BillingStaffController {

  private static final int PAGE_SIZE = 20;

  private final Invoices invoices;
  private final Shipments shipments;
  private final OrganizationService organizations;

  BillingStaffController(Invoices invoices, Shipments shipments, OrganizationService organizations) {
    this.invoices = invoices;
    this.shipments = shipments;
    this.organizations = organizations;
  }

  @GetMapping("/staff/organizations/{organizationId}/billing")
  String billing(@PathVariable UUID organizationId, @RequestParam(defaultValue = "0") int invoicePage,
      @RequestParam(defaultValue = "0") int shipmentPage, Model model) {
    model.addAttribute("invoices", invoices.invoices(organizationId,
        Paging.of(Math.max(invoicePage, 0), PAGE_SIZE)));
    model.addAttribute("shipments", shipments.shipments(organizationId,
        Paging.of(Math.max(shipmentPage, 0), PAGE_SIZE)));
    model.addAttribute("locationNames", organizations.locations(organizationId).stream()
        .collect(Collectors.toMap(LocationView::id, LocationView::name)));
    return "staff/billing";
  }
}
