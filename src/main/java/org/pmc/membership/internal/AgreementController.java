package org.pmc.membership.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.pmc.membership.ProgramAgreements;
import org.pmc.web.PublicOperation;
import org.pmc.web.PortalUser;
import org.pmc.web.RefusedBy;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The program agreement (R-MEM-6): anyone reads the current version (a prospective partner too); a global admin
 * accepts it for the organization. Access to {org} is checked by OrganizationAccess, the role by the service.
 */
@RestController
class AgreementController {

  private final ProgramAgreements agreements;

  AgreementController(ProgramAgreements agreements) {
    this.agreements = agreements;
  }

  @Operation(summary = "Show the current program agreement")
  @PublicOperation
  @GetMapping("/api/agreement")
  ProgramAgreement current() {
    return agreements.current();
  }

  @Operation(summary = "Accept the current program agreement for the organization")
  @RefusedBy("R-MEM-6")
  @PostMapping("/api/organizations/{org}/agreement")
  ResponseEntity<Void> accept(@PathVariable UUID org, @AuthenticationPrincipal PortalUser user,
      @RequestBody AgreementChoice choice) {
    agreements.accept(org, user, choice.version());
    return ResponseEntity.noContent().build();
  }
}
