package org.pmc.ordering.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.pmc.web.PortalUser;
import org.pmc.web.RefusedBy;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Orders of any type (ABTK, plaques, Action Pack). Access to {org} is checked by OrganizationAccess. */
@RestController
@RequestMapping("/api/organizations/{org}/orders")
class OrderController {

  private final OrderCancellations cancellations;

  OrderController(OrderCancellations cancellations) {
    this.cancellations = cancellations;
  }

  /** What a cancelled order is now. */
  record CancelledOrder(UUID id, String status) {}

  /**
   * R-ABTK-19: 200 the order CANCELLED with its open invoice, the billing contact mailed; 409 for an order that is
   * paid, fulfilled or cancelled already; 403 for who may not order for its location (R-ABTK-8); 404 for an
   * unknown or another organization's order.
   */
  @Operation(summary = "Cancel an unpaid order")
  @RefusedBy({"R-ABTK-19"})
  @PostMapping("/{orderId}/cancel")
  CancelledOrder cancel(@PathVariable UUID org, @PathVariable UUID orderId,
      @AuthenticationPrincipal PortalUser user) {
    List<UUID> cancelled = cancellations.cancel(org, user, orderId);
    cancellations.tell(cancelled);
    return new CancelledOrder(orderId, "CANCELLED");
  }
}
