package org.pmc.people;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pmc.organization.OrganizationService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * R-ROLE-4: who may administer a location. A global admin may act anywhere in the organization; a
 * location admin only on the locations they were given and (decided) their sub-locations; members not
 * at all. Callers have already checked that the location belongs to the user's organization.
 */
@Service
public class AdminScope {

  private final JdbcClient jdbc;
  private final OrganizationService organizations;

  AdminScope(JdbcClient jdbc, OrganizationService organizations) {
    this.jdbc = jdbc;
    this.organizations = organizations;
  }

  /** Throws AccessDeniedException (403) unless the user administers this location. */
  public void requireLocation(PortalUser user, UUID locationId) {
    if (!administers(user, locationId)) {
      throw new AccessDeniedException("You do not administer this location");
    }
  }

  /** Throws AccessDeniedException (403) unless the user is the organization's global admin. */
  public void requireGlobalAdmin(PortalUser user) {
    if (user.role() != Role.GLOBAL_ADMIN) {
      throw new AccessDeniedException("Only a global admin may do this");
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

  void replaceManagedLocations(UUID individualId, List<UUID> locationIds) {
    jdbc.sql("delete from admin_location where individual_id = ?").param(individualId).update();
    locationIds.stream().distinct().forEach(location -> jdbc
        .sql("insert into admin_location (individual_id, location_id) values (?, ?)")
        .params(individualId, location).update());
  }
}
