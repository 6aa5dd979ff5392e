package org.pmc.organization;

import java.util.UUID;
import org.pmc.organization.internal.Location;
import org.pmc.organization.internal.Organization;

/** A location as the API shows it, with the postal address its shipments go to (R-ABTK-20), null if none. */
public record LocationView(UUID id, String name, String country, String currency, UUID parentId, boolean hq,
    LocationStatus status, PostalAddress address) {

  /** One row of a JPQL constructor expression: the address as its columns (line1 null: no address). */
  public LocationView(UUID id, String name, String country, String currency, UUID parentId, boolean hq,
      LocationStatus status, String line1, String line2, String city, String postalCode, String region,
      String addressCountry) {
    this(id, name, country, currency, parentId, hq, status, line1 == null ? null
        : new PostalAddress(line1, line2, city, postalCode, region, addressCountry));
  }

  static LocationView of(Location location, Organization organization) {
    return new LocationView(location.getId(), location.getName(), location.getCountry(), location.getCurrency(),
        location.getParentId(), location.getId().equals(organization.getHqLocationId()), location.getStatus(),
        location.getAddress());
  }
}
