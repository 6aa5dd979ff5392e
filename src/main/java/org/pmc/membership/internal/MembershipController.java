package org.pmc.membership.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.pmc.membership.MembershipService;
import org.pmc.membership.internal.LicenseStatement;
import org.pmc.web.Paging;
import org.pmc.web.PortalUser;
import org.pmc.web.RefusedBy;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * License statement, software and product keys of an organization (R-MEM-2, R-SW-1..3). Any member
 * reads the statement; software and keys need the caller's own privilege. Access to {org} is checked
 * by OrganizationAccess.
 */
@RestController
@RequestMapping("/api/organizations/{org}")
class MembershipController {

  private final MembershipService membership;
  private final SoftwareService software;

  MembershipController(MembershipService membership, SoftwareService software) {
    this.membership = membership;
    this.software = software;
  }

  @Operation(summary = "Show the license statement")
  @GetMapping("/license-statement")
  LicenseStatement licenseStatement(@PathVariable UUID org) {
    return membership.licenseStatement(org);
  }

  @Operation(summary = "List the software you may download")
  @GetMapping("/software")
  SoftwareList software(@PathVariable UUID org, @AuthenticationPrincipal PortalUser user, SoftwareFilter filter) {
    return software.software(org, user.individualId(), filter);
  }

  @Operation(summary = "Download a software product")
  @RefusedBy({"R-MEM-2", "R-SW-2"})
  @GetMapping("/software/{productId}/download")
  SoftwareDownload download(@PathVariable UUID org, @PathVariable UUID productId,
      @RequestParam(required = false) UUID locationId, @AuthenticationPrincipal PortalUser user) {
    return software.download(org, user.individualId(), productId, locationId);
  }

  @Operation(summary = "List your product keys")
  @GetMapping("/product-keys")
  ResponseEntity<List<ProductKey>> productKeys(@PathVariable UUID org, @RequestParam(required = false) UUID locationId,
      @AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
    return Paging.response(Paging.slice(software.productKeys(org, user.individualId(), locationId),
        Paging.of(page, size)));
  }
}
