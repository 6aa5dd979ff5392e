package org.pmc.ordering.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.pmc.membership.RenewalStatus;
import org.pmc.membership.RenewalView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/organizations/{org}/renewal} (R-MEM-5). Access checked by OrganizationAccess. */
@RestController
class RenewalController {

  private final RenewalStatus renewals;

  RenewalController(RenewalStatus renewals) {
    this.renewals = renewals;
  }

  @Operation(summary = "Show where the membership renewal stands")
  @GetMapping("/api/organizations/{org}/renewal")
  RenewalView renewal(@PathVariable UUID org) {
    return renewals.renewal(org);
  }
}
