package org.pmc.organization;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registration, the organization and its locations. Access to {org} is checked by OrganizationAccessInterceptor. */
@RestController
@RequestMapping("/api/organizations")
class OrganizationController {

  private final OrganizationService organizations;

  OrganizationController(OrganizationService organizations) {
    this.organizations = organizations;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  OrganizationView register(@Valid @RequestBody RegisterOrganization command) {
    return organizations.register(command);
  }

  @GetMapping("/{org}")
  OrganizationView organization(@PathVariable UUID org) {
    return organizations.organization(org);
  }

  @GetMapping("/{org}/locations")
  List<LocationView> locations(@PathVariable UUID org) {
    return organizations.locations(org);
  }

  @PostMapping("/{org}/locations")
  @ResponseStatus(HttpStatus.CREATED)
  LocationView addLocation(@PathVariable UUID org, @Valid @RequestBody NewLocation command) {
    return organizations.addLocation(org, command);
  }
}
