package org.pmc.people.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.pmc.activity.ActivityLog;
import org.pmc.organization.LocationLimits;
import org.pmc.organization.OrganizationService;
import org.pmc.people.AdminScope;
import org.pmc.people.RoleChanged;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.InvalidField;
import org.pmc.web.PortalUser;
import org.pmc.web.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** R-ROLE-4: a global admin appoints global admins and location admins, or makes them members again. */
@Service
public class AdminAppointments {

  private static final Logger log = LoggerFactory.getLogger(AdminAppointments.class);

  private final Individuals individuals;
  private final OrganizationService organizations;
  private final AdminScope scope;
  private final ActivityLog activity;
  private final ApplicationEventPublisher events;

  AdminAppointments(Individuals individuals, OrganizationService organizations, AdminScope scope,
      ActivityLog activity, ApplicationEventPublisher events) {
    this.activity = activity;
    this.events = events;
    this.individuals = individuals;
    this.organizations = organizations;
    this.scope = scope;
  }

  @Transactional
  public AdminView appoint(UUID organizationId, PortalUser admin, UUID individualId, Appointment appointment) {
    scope.requireGlobalAdmin(admin);
    organizations.lock(organizationId); // issue 14: before the last-global-admin check reads
    Individual person = associated(organizationId, individualId);
    List<UUID> locations = appointment.role() == Role.LOCATION_ADMIN ? appointment.locationIds() : List.of();
    if (appointment.role() == Role.LOCATION_ADMIN && locations.isEmpty()) {
      throw new InvalidField("locationIds", "names at least one location for a location admin");
    }
    locations.forEach(location -> organizations.activeLocation(organizationId, location, "locationIds"));
    if (appointment.role() != Role.GLOBAL_ADMIN) {
      scope.keepOneGlobalAdmin(organizationId, person);
    }
    if (person.getRole() != appointment.role()) {
      events.publishEvent(new RoleChanged(organizationId, individualId, person.getRole(), appointment.role()));
    }
    person.appoint(appointment.role());
    scope.replaceManagedLocations(individualId, locations);
    activity.record(organizationId, "ROLE_CHANGED", "INDIVIDUAL", individualId,
        person.getEmail() + " is now " + appointment.role() + (locations.isEmpty() ? "" : " of " + locations.size()
            + " location(s)"));
    log.info("{} appointed {} as {} of {}", admin.email(), individualId, appointment.role(), locations);
    return new AdminView(individualId, person.getRole(), locations);
  }

  @Transactional
  public void dismiss(UUID organizationId, PortalUser admin, UUID individualId) {
    appoint(organizationId, admin, individualId, new Appointment(Role.MEMBER, List.of()));
  }

  private Individual associated(UUID organizationId, UUID individualId) {
    Individual person = individuals.ofOrganization(organizationId, individualId);
    if (!person.isAssociated()) {
      throw new BusinessRuleViolation("R-ROLE-4", "Only associated individuals can be admins");
    }
    return person;
  }

  /**
   * The role to give, and for a location admin the locations they manage: at most as many as an organization
   * has (issue 14, R-LOC-10).
   */
  public record Appointment(@NotNull Role role,
      @Size(max = LocationLimits.MAX_LOCATIONS) List<@NotNull UUID> locationIds) {
    public Appointment {
      locationIds = locationIds == null ? List.of() : locationIds;
    }
  }

  /** Who administers what. */
  public record AdminView(UUID individualId, Role role, List<UUID> locationIds) {}
}
