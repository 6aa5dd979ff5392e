package org.pmc.organization;

import java.util.UUID;
import org.pmc.organization.internal.Location;
import org.pmc.organization.internal.Organization;

/** A location as the API shows it. */
public record LocationView(UUID id, String name, String country, String currency, UUID parentId, boolean hq,
    LocationStatus status) {

  static LocationView of(Location location, Organization organization) {
    return new LocationView(location.getId(), location.getName(), location.getCountry(), location.getCurrency(),
        location.getParentId(), location.getId().equals(organization.getHqLocationId()), location.getStatus());
  }
}
