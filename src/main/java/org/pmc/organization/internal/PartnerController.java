package org.pmc.organization.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.web.InvalidField;
import org.pmc.web.NotFound;
import org.pmc.web.PublicOperation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * R-PPL-8: public lookup by partner number, for a person about to ask to join: the organization's name and its
 * active locations, nothing else; 404 for an unknown number and for an organization merged into another. Rate
 * limited ({@code partner-lookup}) against walking the numbers.
 */
@RestController
class PartnerController {

  private final OrganizationService organizations;

  PartnerController(OrganizationService organizations) {
    this.organizations = organizations;
  }

  @Operation(summary = "Look up a partner by partner number")
  @PublicOperation(rateLimited = true)
  @GetMapping("/api/partners/{partnerNumber}")
  Partner partner(@PathVariable String partnerNumber) {
    if (!PartnerNumbers.FORMAT.matcher(partnerNumber).matches()) {
      throw new InvalidField("partnerNumber", "is not a partner number (7 digits)");
    }
    OrganizationView organization = organizations.byPartnerNumber(partnerNumber)
        .orElseThrow(() -> new NotFound("Partner", partnerNumber));
    return new Partner(organization.name(), organizations.activeLocations(organization.id()).stream()
        .map(location -> new PartnerLocation(location.id(), location.name(), location.country())).toList());
  }

  record Partner(String name, List<PartnerLocation> locations) {}

  record PartnerLocation(UUID id, String name, String country) {}
}
