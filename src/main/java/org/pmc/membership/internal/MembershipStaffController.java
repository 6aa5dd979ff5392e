package org.pmc.membership.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.pmc.membership.internal.MembershipChange;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.web.RefusedBy;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Program staff set an organization's level and extend its anniversary (R-MEM-1, R-MEM-4). Only staff
 * reach it: the {@code /api/admin/**} chain signs in against the Camunda identity and needs one of
 * the staff groups, so a partner's password answers 401 here.
 */
@RestController
@RequestMapping("/api/admin/organizations/{org}/membership")
class MembershipStaffController {

  private final OrganizationService organizations;

  MembershipStaffController(OrganizationService organizations) {
    this.organizations = organizations;
  }

  @Operation(summary = "Change an organization's membership level (staff)")
  @RefusedBy("R-MEM-4")
  @PutMapping
  OrganizationView change(@PathVariable UUID org, @RequestBody MembershipChange change) {
    return organizations.changeMembership(org, change.level(), change.anniversaryDate());
  }
}
