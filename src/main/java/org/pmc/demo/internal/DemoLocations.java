package org.pmc.demo.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.PostalAddress;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Contoso's locations: the HQ in Redmond and four more in three countries, each with a postal address so that
 * any of them can order a plate (R-ABTK-20). Added only while the organization has its HQ alone.
 */
@Component
@ConditionalOnProperty(name = "pmc.demo-data", havingValue = "true")
class DemoLocations {

  private static final List<Place> PLACES = List.of(
      new Place("Contoso Seattle", new PostalAddress("400 Broad Street", null, "Seattle", "98109", "WA", "US")),
      new Place("Contoso Berlin", new PostalAddress("Unter den Linden 17", null, "Berlin", "10117", null, "DE")),
      new Place("Contoso Munich", new PostalAddress("Marienplatz 8", null, "Munich", "80331", null, "DE")),
      new Place("Contoso Lyon", new PostalAddress("12 Rue de la République", null, "Lyon", "69002", null, "FR")));

  private final OrganizationService organizations;

  DemoLocations(OrganizationService organizations) {
    this.organizations = organizations;
  }

  /** The organization's locations by the city of their address. */
  Map<String, UUID> addTo(UUID organizationId, UUID hqLocationId) {
    if (organizations.locations(organizationId).size() == 1) {
      PLACES.forEach(place -> organizations.addLocation(organizationId, place.name(), place.address().country(),
          hqLocationId, place.address()));
    }
    return organizations.locations(organizationId).stream().filter(location -> location.address() != null)
        .collect(Collectors.toMap(location -> location.address().city(), LocationView::id));
  }

  private record Place(String name, PostalAddress address) {}
}
