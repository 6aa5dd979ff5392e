package org.pmc.reference.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.pmc.people.AdminScope;
import org.pmc.reference.CustomerReferenceService;
import org.pmc.web.Paging;
import org.pmc.web.PortalUser;
import org.pmc.web.RefusedBy;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Customer references of an organization (R-REF-1, R-REF-4, R-REF-6). Admins change; members read. */
@RestController
@RequestMapping("/api/organizations/{org}/references")
class CustomerReferenceController {

  private final CustomerReferenceService references;
  private final AdminScope scope;

  CustomerReferenceController(CustomerReferenceService references, AdminScope scope) {
    this.references = references;
    this.scope = scope;
  }

  @Operation(summary = "Submit a customer reference")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  ReferenceView create(@PathVariable UUID org, @AuthenticationPrincipal PortalUser user,
      @Valid @RequestBody NewReference reference) {
    scope.requireLocation(user, reference.locationId()); // R-ROLE-4
    return references.create(org, user.individualId(), reference);
  }

  @Operation(summary = "List the customer references")
  @GetMapping
  ResponseEntity<List<ReferenceView>> list(@PathVariable UUID org, ReferenceFilter filter,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return Paging.response(references.list(org, filter, Paging.of(page, size, Sort.by(Sort.Direction.DESC,
        "createdAt"))));
  }

  @Operation(summary = "Show a customer reference")
  @GetMapping("/{id}")
  ReferenceView get(@PathVariable UUID org, @PathVariable UUID id) {
    return references.get(org, id);
  }

  @Operation(summary = "Assign a reference to a location and competency")
  @RefusedBy("R-REF-6")
  @PutMapping("/{id}/assignment")
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  ReferenceView assign(@PathVariable UUID org, @PathVariable UUID id, @AuthenticationPrincipal PortalUser user,
      @Valid @RequestBody ReferenceAssignment assignment) {
    scope.requireLocation(user, references.get(org, id).locationId()); // R-ROLE-4: where it leaves
    scope.requireLocation(user, assignment.locationId());               // and where it goes
    return references.reassign(org, id, assignment);
  }

  @Operation(summary = "Withdraw a customer reference")
  @RefusedBy("R-REF-4")
  @PostMapping("/{id}/withdraw")
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  ReferenceView withdraw(@PathVariable UUID org, @PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
    scope.requireLocation(user, references.get(org, id).locationId()); // R-ROLE-4
    return references.withdraw(org, id);
  }
}
