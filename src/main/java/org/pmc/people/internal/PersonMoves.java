package org.pmc.people.internal;

import java.util.UUID;
import org.pmc.activity.ActivityLog;
import org.pmc.organization.OrganizationService;
import org.pmc.people.AdminScope;
import org.pmc.people.PersonView;
import org.pmc.web.ForbiddenByRule;
import org.pmc.web.PortalUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-ROLE-4: an admin moves a person to another location of the organization: a global admin anywhere,
 * a location admin only from and to locations they administer. Contacts and privileges are per location and stay.
 */
@Service
class PersonMoves {

  private final Individuals individuals;
  private final OrganizationService organizations;
  private final AdminScope scope;
  private final ActivityLog activity;

  PersonMoves(Individuals individuals, OrganizationService organizations, AdminScope scope, ActivityLog activity) {
    this.individuals = individuals;
    this.organizations = organizations;
    this.scope = scope;
    this.activity = activity;
  }

  @Transactional
  public PersonView move(UUID organizationId, PortalUser admin, UUID individualId, UUID locationId) {
    Individual person = individuals.ofOrganization(organizationId, individualId);
    String to = organizations.activeLocation(organizationId, locationId, "locationId").name();
    if (!scope.administers(admin, person.getLocationId()) || !scope.administers(admin, locationId)) {
      throw new ForbiddenByRule("R-ROLE-4", "A location admin moves people only between locations they manage");
    }
    if (!locationId.equals(person.getLocationId())) {
      person.moveTo(locationId);
      activity.record(organizationId, "PERSON_MOVED", "INDIVIDUAL", individualId,
          person.getEmail() + " moved to " + to);
    }
    return PersonView.of(person);
  }
}
