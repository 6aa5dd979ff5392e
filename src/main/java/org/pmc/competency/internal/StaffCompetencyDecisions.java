package org.pmc.competency.internal;

import java.util.UUID;
import org.pmc.activity.ActivityLog;
import org.pmc.competency.Competency;
import org.pmc.competency.CompetencyLevel;
import org.pmc.competency.CompetencyStanding;
import org.pmc.competency.CompetencyStatus;
import org.pmc.competency.CompetencySummary;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff console's competency decision (R-COMP-2: staff set a competency or pre-approve it) for an active
 * location of the organization shown, through the service of {@code PUT /api/admin/locations/{loc}/competencies/…},
 * and recorded in the organization's activity log with the staff member's name.
 */
@Service
class StaffCompetencyDecisions {

  private final CompetencyStanding standing;
  private final OrganizationService organizations;
  private final ActivityLog activity;

  StaffCompetencyDecisions(CompetencyStanding standing, OrganizationService organizations, ActivityLog activity) {
    this.standing = standing;
    this.organizations = organizations;
    this.activity = activity;
  }

  @Transactional
  CompetencySummary set(UUID organizationId, UUID locationId, Competency competency, CompetencyLevel level,
      CompetencyStatus status) {
    LocationView location = organizations.activeLocation(organizationId, locationId, "locationId");
    CompetencySummary summary = standing.setByStaff(locationId, competency, level, status);
    activity.record(organizationId, "COMPETENCY_SET_BY_STAFF", "LOCATION", locationId, "Program staff set "
        + competency.title() + " at " + location.name() + " to " + level + " " + status);
    return summary;
  }
}
