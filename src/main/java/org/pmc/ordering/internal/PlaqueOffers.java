package org.pmc.ordering.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.pmc.competency.CompetencyStanding;
import org.pmc.competency.CompetencyStatus;
import org.pmc.ordering.internal.Money;
import org.pmc.ordering.internal.PlaqueKind;
import org.pmc.ordering.internal.PlaqueOffer;
import org.pmc.organization.LocationStatus;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.people.AdminScope;
import org.pmc.web.PortalUser;
import org.pmc.web.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-PLQ-1: what the organization is eligible for: a plate per active location (membership) and a plaque per
 * competency ACTIVE_EARNED at that location (not one only pre-approved), each priced for the location's
 * country (R-PLQ-2).
 */
@Service
public class PlaqueOffers {

  private final OrganizationService organizations;
  private final CompetencyStanding competencies;
  private final PlaquePrices prices;
  private final AdminScope adminScope;

  PlaqueOffers(OrganizationService organizations, CompetencyStanding competencies, PlaquePrices prices,
      AdminScope adminScope) {
    this.organizations = organizations;
    this.competencies = competencies;
    this.prices = prices;
    this.adminScope = adminScope;
  }

  /** What this user is shown: a location admin only the locations they manage (R-ROLE-4), others all. */
  @Transactional(readOnly = true)
  public List<PlaqueOffer> offers(UUID organizationId, PortalUser user) {
    Predicate<UUID> administered = adminScope.administered(user);
    return offers(organizationId).stream()
        .filter(offer -> user.role() != Role.LOCATION_ADMIN || administered.test(offer.locationId()))
        .toList();
  }

  /** Every offer of the organization, whoever asks (an order is checked against these, then its scope). */
  @Transactional(readOnly = true)
  public List<PlaqueOffer> offers(UUID organizationId) {
    var held = competencies.summary(organizationId, Optional.empty());
    List<PlaqueOffer> offers = new ArrayList<>();
    for (LocationView location : organizations.locations(organizationId)) {
      if (location.status() != LocationStatus.ACTIVE) {
        continue;
      }
      offers.add(PlaqueOffer.of(location.id(), location.name(), PlaqueKind.PLATE, null,
          prices.price(PlaqueKind.PLATE, location)));
      Money plaque = prices.price(PlaqueKind.PLAQUE, location);
      held.stream()
          .filter(competency -> competency.locationId().equals(location.id()))
          .filter(competency -> competency.status() == CompetencyStatus.ACTIVE_EARNED)
          .forEach(competency -> offers.add(PlaqueOffer.of(location.id(), location.name(), PlaqueKind.PLAQUE,
              competency.competency(), plaque)));
    }
    return offers;
  }
}
