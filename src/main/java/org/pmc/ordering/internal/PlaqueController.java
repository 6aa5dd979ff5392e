package org.pmc.ordering.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.pmc.ordering.internal.NewPlaqueOrder;
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

/** Plates and plaques of an organization (R-PLQ-1, R-PLQ-2). Access to {org} is checked by OrganizationAccess. */
@RestController
@RequestMapping("/api/organizations/{org}/plaques")
class PlaqueController {

  private final PlaqueOffers offers;
  private final PlaqueOrders orders;

  PlaqueController(PlaqueOffers offers, PlaqueOrders orders) {
    this.offers = offers;
    this.orders = orders;
  }

  @Operation(summary = "List the plaque offers")
  @GetMapping("/offers")
  ResponseEntity<List<PlaqueOffer>> offers(@PathVariable UUID org, @AuthenticationPrincipal PortalUser user,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
    return Paging.response(Paging.slice(offers.offers(org, user), Paging.of(page, size)));
  }

  /** 201 the order awaiting payment with its invoice; 400 naming the item's field, 403 R-ROLE-4, 409 R-PLQ-1. */
  @Operation(summary = "Order plaques")
  @RefusedBy({"R-PLQ-1", "R-ABTK-20", "R-MEM-6"})
  @PostMapping("/orders")
  ResponseEntity<PlaqueOrderView> order(@PathVariable UUID org, @Valid @RequestBody NewPlaqueOrder request,
      @AuthenticationPrincipal PortalUser user) {
    return ResponseEntity.status(HttpStatus.CREATED).body(orders.place(org, user, request));
  }

  @Operation(summary = "List the plaque orders")
  @GetMapping("/orders")
  ResponseEntity<List<PlaqueOrderView>> orders(@PathVariable UUID org, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
    return Paging.response(orders.orders(org, Paging.of(page, size)));
  }
}
