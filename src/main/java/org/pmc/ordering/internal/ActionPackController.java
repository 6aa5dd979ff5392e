package org.pmc.ordering.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Action Pack subscription of an organization (R-MEM-1). Access to {org} is checked by OrganizationAccess. */
@RestController
@RequestMapping("/api/organizations/{org}/membership/action-pack")
class ActionPackController {

  private final ActionPackOrders orders;

  ActionPackController(ActionPackOrders orders) {
    this.orders = orders;
  }

  /** 201 the order awaiting payment with its invoice; 403 R-ROLE-4 unless a global admin; 409 R-MEM-1. */
  @Operation(summary = "Order the Action Pack")
  @RefusedBy({"R-MEM-1", "R-MEM-3", "R-MEM-6"})
  @PostMapping
  ResponseEntity<ActionPackOrderView> order(@PathVariable UUID org, @AuthenticationPrincipal PortalUser user) {
    return ResponseEntity.status(HttpStatus.CREATED).body(orders.place(org, user));
  }

  @Operation(summary = "List the Action Pack orders")
  @GetMapping
  ResponseEntity<List<ActionPackOrderView>> orders(@PathVariable UUID org, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
    return Paging.response(orders.orders(org, Paging.of(page, size)));
  }
}
