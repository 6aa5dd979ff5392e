package org.pmc.organization.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.pmc.organization.LocationAdministration;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.organization.PostalAddress;
import org.pmc.organization.internal.NewLocation;
import org.pmc.web.Paging;
import org.pmc.web.PortalUser;
import org.pmc.web.RefusedBy;
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

/**
 * The organization and its locations (registration: RegistrationController). Access to {org} is checked by
 * OrganizationAccessInterceptor.
 */
@RestController
@RequestMapping("/api/organizations")
class OrganizationController {

  private final OrganizationService organizations;
  private final LocationAdministration scope;

  OrganizationController(OrganizationService organizations, LocationAdministration scope) {
    this.organizations = organizations;
    this.scope = scope;
  }

  @Operation(summary = "Show the organization")
  @GetMapping("/{org}")
  OrganizationView organization(@PathVariable UUID org) {
    return organizations.organization(org);
  }

  /** R-ABTK-19: the name, billing address and VAT id its invoices show; global admins only. */
  @Operation(summary = "Change the organization's name, billing address, VAT id and language")
  @PutMapping("/{org}/profile")
  @PreAuthorize("hasRole('GLOBAL_ADMIN')")
  OrganizationView profile(@PathVariable UUID org, @Valid @RequestBody OrganizationProfile command) {
    OrganizationView described = organizations.describe(org, command.name(), command.billingAddress(),
        command.vatId());
    // The language of its mails and invitations: optional, absent keeps the one it has (api.md "Languages").
    return command.language() == null ? described : organizations.speak(org, command.language());
  }

  /** R-ABTK-20: the postal address shipments go to; by whoever administers the location (R-ROLE-4). */
  @Operation(summary = "Change a location's name and postal address")
  @RefusedBy("R-LOC-5")
  @PutMapping("/{org}/locations/{loc}")
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  LocationView describeLocation(@PathVariable UUID org, @PathVariable UUID loc,
      @AuthenticationPrincipal PortalUser admin, @Valid @RequestBody LocationDetails command) {
    organizations.location(org, loc); // another organization's location is not found, before "not yours"
    scope.requireLocation(admin, loc);
    return organizations.describeLocation(org, loc, command.name(), command.address());
  }

  @Operation(summary = "List the organization's locations")
  @GetMapping("/{org}/locations")
  ResponseEntity<List<LocationView>> locations(@PathVariable UUID org, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
    return Paging.response(organizations.locations(org, Paging.of(page, size)));
  }

  /** A global admin, or a location admin under a location they manage (R-ROLE-4). */
  @Operation(summary = "Add a location")
  @RefusedBy("R-LOC-10")
  @PostMapping("/{org}/locations")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  LocationView addLocation(@PathVariable UUID org, @AuthenticationPrincipal PortalUser admin,
      @Valid @RequestBody NewLocation command) {
    scope.requireLocation(admin, command.parentId());
    return organizations.addLocation(org, command);
  }

  /** R-LOC-3; changing the hierarchy is for global admins (decided). */
  @Operation(summary = "Move a location in the hierarchy")
  @RefusedBy({"R-LOC-3", "R-LOC-10"})
  @PostMapping("/{org}/locations/{loc}/move")
  @PreAuthorize("hasRole('GLOBAL_ADMIN')")
  LocationView move(@PathVariable UUID org, @PathVariable UUID loc, @Valid @RequestBody MoveLocation command) {
    return organizations.move(org, loc, command.parentId());
  }

  /** R-LOC-6: bring back a dissociated location. */
  @Operation(summary = "Re-add a dissociated location")
  @RefusedBy("R-LOC-6")
  @PostMapping("/{org}/locations/{loc}/readd")
  @PreAuthorize("hasRole('GLOBAL_ADMIN')")
  LocationView readd(@PathVariable UUID org, @PathVariable UUID loc, @Valid @RequestBody MoveLocation command) {
    return organizations.readd(org, loc, command.parentId());
  }

  /** R-LOC-4. */
  @Operation(summary = "Make a location the headquarters")
  @RefusedBy("R-LOC-4")
  @PostMapping("/{org}/headquarters")
  @PreAuthorize("hasRole('GLOBAL_ADMIN')")
  OrganizationView headquarters(@PathVariable UUID org, @Valid @RequestBody NewHeadquarters command) {
    return organizations.makeHeadquarters(org, command.locationId());
  }

  record MoveLocation(@NotNull UUID parentId) {}

  record OrganizationProfile(@NotBlank @Size(max = 200) String name, @Valid PostalAddress billingAddress,
      @Size(max = 20) @Pattern(regexp = VAT_ID, message = "must be a VAT id: letters and digits, 4 to 20") String vatId,
      @Size(max = 10) String language) {}

  record LocationDetails(@NotBlank @Size(max = 200) String name, @Valid PostalAddress address) {}

  /** A VAT, GST or tax id as tax offices print it: letters, digits, and spaces, dots or dashes between. */
  static final String VAT_ID = "[A-Za-z0-9][A-Za-z0-9 .-]{2,18}[A-Za-z0-9]";

  record NewHeadquarters(@NotNull UUID locationId) {}
}
