package org.pmc.membership.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import org.pmc.membership.ProgramAgreements;
import org.pmc.web.RefusedBy;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff publish a new version of the program agreement (R-MEM-6). Only the RSC lead and Camunda admins reach it
 * (SecurityConfiguration): a new agreement binds every partner, so it is the lead's decision, not any RSC member's.
 */
@RestController
class AgreementStaffController {

  private final ProgramAgreements agreements;

  AgreementStaffController(ProgramAgreements agreements) {
    this.agreements = agreements;
  }

  @Operation(summary = "Publish a new version of the program agreement (staff)")
  @RefusedBy("R-MEM-6")
  @PostMapping("/api/admin/agreements")
  ResponseEntity<ProgramAgreement> publish(@RequestBody NewAgreement request, Principal staff) {
    return ResponseEntity.status(HttpStatus.CREATED).body(agreements.publish(request, staff.getName()));
  }
}
