package org.pmc.people;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.pmc.organization.LocationAdministration;
import org.pmc.organization.OrganizationService;
import org.pmc.people.internal.Individual;
import org.pmc.people.internal.IndividualStatus;
import org.pmc.people.internal.Individuals;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.ForbiddenByRule;
import org.pmc.web.PortalUser;
import org.pmc.web.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * R-ROLE-4: who may administer a location. A global admin may act anywhere in the organization; a
 * location admin only on the locations they were given and (decided) their sub-locations; members not
 * at all. Callers have already checked that the location belongs to the user's organization.
 */
@Service
public class AdminScope implements LocationAdministration {

  private final JdbcClient jdbc;
  private final OrganizationService organizations;
  private final Individuals individuals;

  AdminScope(JdbcClient jdbc, OrganizationService organizations, Individuals individuals) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.individuals = individuals;
  }

  @Override
  public void requireLocation(PortalUser user, UUID locationId) {
    if (!administers(user, locationId)) {
      throw new AccessDeniedException("You do not administer this location");
    }
  }

  /**
   * {@link #administers} for many locations of one list (issue 14: no query per row): two reads whatever the
   * number of rows asked about.
   */
  @Override
  public Predicate<UUID> administered(PortalUser user) {
    return switch (user.role()) {
      case GLOBAL_ADMIN -> location -> true;
      case MEMBER -> location -> false;
      case LOCATION_ADMIN -> organizations.withDescendants(user.organizationId(),
          managedLocations(user.individualId()))::contains;
    };
  }

  /** Throws AccessDeniedException (403) unless the user is the organization's global admin. */
  public void requireGlobalAdmin(PortalUser user) {
    if (user.role() != Role.GLOBAL_ADMIN) {
      throw new AccessDeniedException("Only a global admin may do this");
    }
  }

  /**
   * Issue 14, R-ROLE-4: removing an admin needs a global admin (403). A global admin's scope is the widest, so
   * nobody removes someone with a wider scope than theirs (demoting needs a global admin already). No rule of
   * domain.md says this in so many words: R-ROLE-4, which defines the admin roles and scopes, is the closest.
   */
  public void requireMayRemove(PortalUser user, Individual person) {
    if (person.getRole() != Role.MEMBER && user.role() != Role.GLOBAL_ADMIN) {
      throw new ForbiddenByRule("R-ROLE-4", "Only a global admin may remove an admin");
    }
  }

  /**
   * R-ROLE-4: the organization keeps at least one global admin (409). Issue 14: the caller holds the
   * organization's lock ({@link OrganizationService#lock}) taken before it read the person, so that two global
   * admins removing or demoting each other at once run one after the other and the later one is refused.
   */
  public void keepOneGlobalAdmin(UUID organizationId, Individual person) {
    if (person.getRole() == Role.GLOBAL_ADMIN && individuals.countByOrganizationIdAndRoleAndStatus(organizationId,
        Role.GLOBAL_ADMIN, IndividualStatus.ASSOCIATED) <= 1) {
      throw new BusinessRuleViolation("R-ROLE-4", "An organization keeps at least one global admin");
    }
  }

  public boolean administers(PortalUser user, UUID locationId) {
    return switch (user.role()) {
      case GLOBAL_ADMIN -> true;
      case MEMBER -> false;
      case LOCATION_ADMIN -> {
        Set<UUID> managed = managedLocations(user.individualId());
        yield organizations.pathToRoot(user.organizationId(), locationId).stream().anyMatch(managed::contains);
      }
    };
  }

  /** The locations given to a location admin (without their sub-locations). */
  public Set<UUID> managedLocations(UUID individualId) {
    return new HashSet<>(jdbc.sql("select location_id from admin_location where individual_id = ?")
        .param(individualId).query(UUID.class).list());
  }

  public void replaceManagedLocations(UUID individualId, List<UUID> locationIds) {
    jdbc.sql("delete from admin_location where individual_id = ?").param(individualId).update();
    locationIds.stream().distinct().forEach(location -> jdbc
        .sql("insert into admin_location (individual_id, location_id) values (?, ?)")
        .params(individualId, location).update());
  }
}
