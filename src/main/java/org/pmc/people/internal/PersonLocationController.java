package org.pmc.people.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.pmc.people.PersonView;
import org.pmc.web.PortalUser;
import org.pmc.web.RefusedBy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** R-ROLE-4: moving a person to another location. */
@RestController
class PersonLocationController {

  private final PersonMoves moves;

  PersonLocationController(PersonMoves moves) {
    this.moves = moves;
  }

  @Operation(summary = "Move a person to another location")
  @RefusedBy("R-ROLE-4")
  @PutMapping("/api/organizations/{org}/people/{id}/location")
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  PersonView move(@PathVariable UUID org, @PathVariable UUID id, @AuthenticationPrincipal PortalUser admin,
      @Valid @RequestBody NewLocation body) {
    return moves.move(org, admin, id, body.locationId());
  }

  record NewLocation(@NotNull UUID locationId) {}
}
