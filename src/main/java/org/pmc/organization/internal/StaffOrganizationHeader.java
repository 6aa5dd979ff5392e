package org.pmc.organization.internal;

import java.util.UUID;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.web.StaffPage;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Every staff console page of one organization ({@code /staff/organizations/{organizationId}/…}, whichever module
 * serves it) shows the organization in its header; an unknown organization is not found (404) before the section
 * reads anything.
 */
@ControllerAdvice(annotations = StaffPage.class)
class StaffOrganizationHeader {

  private final OrganizationService organizations;

  StaffOrganizationHeader(OrganizationService organizations) {
    this.organizations = organizations;
  }

  @ModelAttribute("organization")
  OrganizationView organization(@PathVariable(required = false) UUID organizationId) {
    return organizationId == null ? null : organizations.organization(organizationId);
  }
}
