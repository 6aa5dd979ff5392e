package org.pmc.people.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pmc.organization.LocationLimits;
import org.pmc.people.internal.AdminAppointments.Appointment;
import org.pmc.web.Role;

/** The portal's "Change role" form (R-ROLE-4): the role and, for a location admin, the locations. */
public class RoleForm {

  @NotNull
  private Role role;
  @Size(max = LocationLimits.MAX_LOCATIONS) // issue 14: no more than an organization has (R-LOC-10)
  private List<UUID> locationIds = new ArrayList<>();

  Appointment toAppointment() {
    return new Appointment(role, locationIds);
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public List<UUID> getLocationIds() {
    return locationIds;
  }

  public void setLocationIds(List<UUID> locationIds) {
    this.locationIds = locationIds == null ? new ArrayList<>() : locationIds;
  }
}
