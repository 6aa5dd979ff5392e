package org.pmc.ordering.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pmc.web.Paging;
import org.pmc.web.PortalUser;
import org.pmc.web.RefusedBy;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** ABTK offers and orders of an organization (R-ABTK-1..8, R-ABTK-16, R-ABTK-18). Access to {org} is checked by OrganizationAccess. */
@RestController
@RequestMapping("/api/organizations/{org}/abtk")
class AbtkController {

  private final AbtkOffers offers;
  private final AbtkOrders orders;

  AbtkController(AbtkOffers offers, AbtkOrders orders) {
    this.offers = offers;
    this.orders = orders;
  }

  /** R-ABTK-8 then the decision abtk-eligibility: 201 the order awaiting payment, or 409 with the rule. */
  @Operation(summary = "Order an ABTK for a location")
  @RefusedBy({"R-ABTK-2", "R-ABTK-3", "R-ABTK-4", "R-ABTK-5", "R-ABTK-16", "R-ABTK-20", "R-MEM-6"})
  @PostMapping("/orders")
  ResponseEntity<AbtkOrderView> order(@PathVariable UUID org, @Valid @RequestBody NewAbtkOrder request,
      @AuthenticationPrincipal PortalUser user) {
    return ResponseEntity.status(HttpStatus.CREATED).body(orders.place(org, user, request));
  }

  /** R-ABTK-12: 201 the upgrade order (kind UPGRADE, price gold minus silver), or 409 with the rule. */
  @Operation(summary = "Upgrade a silver ABTK order to gold")
  @RefusedBy({"R-ABTK-6", "R-ABTK-12", "R-ABTK-20", "R-MEM-6"})
  @PostMapping("/orders/{id}/upgrade")
  ResponseEntity<AbtkOrderView> upgrade(@PathVariable UUID org, @PathVariable UUID id,
      @AuthenticationPrincipal PortalUser user) {
    return ResponseEntity.status(HttpStatus.CREATED).body(orders.upgrade(org, user, id));
  }

  @Operation(summary = "List the organization's ABTK orders")
  @GetMapping("/orders")
  ResponseEntity<List<AbtkOrderView>> orders(@PathVariable UUID org, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
    return Paging.response(orders.orders(org, Paging.of(page, size)));
  }

  @Operation(summary = "List the ABTK offers per location")
  @GetMapping("/offers")
  ResponseEntity<List<AbtkOffer>> offers(@PathVariable UUID org, @RequestParam Optional<UUID> locationId,
      @AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
    return Paging.response(Paging.slice(offers.offers(org, user, locationId), Paging.of(page, size)));
  }
}
