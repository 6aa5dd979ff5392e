package org.pmc.ordering.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.pmc.competency.CompetencyLevel;
import org.pmc.competency.CompetencyStanding;
import org.pmc.competency.CompetencySummary;
import org.pmc.ordering.internal.AbtkEligibility;
import org.pmc.ordering.internal.AbtkOffer;
import org.pmc.organization.LocationStatus;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.people.AdminScope;
import org.pmc.web.ForbiddenByRule;
import org.pmc.web.PortalUser;
import org.pmc.web.Role;
import org.springframework.stereotype.Service;

/**
 * The ABTKs a location could order (R-ABTK-1): a silver and a gold offer per location, each priced in the
 * location's currency (R-ABTK-18) and decided by {@code abtk-eligibility} (R-ABTK-2..6, R-ABTK-16).
 */
@Service
public class AbtkOffers {

  private final OrganizationService organizations;
  private final CompetencyStanding competencies;
  private final AdminScope adminScope;
  private final AbtkEligibility eligibility;
  private final AbtkPrices prices;
  private final Clock clock;

  AbtkOffers(OrganizationService organizations, CompetencyStanding competencies, AdminScope adminScope,
      AbtkEligibility eligibility, AbtkPrices prices, Clock clock) {
    this.organizations = organizations;
    this.competencies = competencies;
    this.adminScope = adminScope;
    this.eligibility = eligibility;
    this.prices = prices;
    this.clock = clock;
  }

  /**
   * Offers for one location, or for every active location when none is given. R-ABTK-8: a location admin
   * sees only the locations they manage (another one is 403); a global admin and members see all.
   */
  public List<AbtkOffer> offers(UUID organizationId, PortalUser user, Optional<UUID> locationId) {
    OrganizationView organization = organizations.organization(organizationId);
    List<LocationView> locations = organizations.locations(organizationId);
    List<LocationView> asked;
    if (locationId.isPresent()) {
      LocationView location = organizations.location(organizationId, locationId.get());
      if (user.role() == Role.LOCATION_ADMIN && !adminScope.administers(user, location.id())) {
        throw new ForbiddenByRule("R-ABTK-8", "A location admin may order only for the locations they manage");
      }
      asked = List.of(location);
    } else {
      Predicate<UUID> administered = adminScope.administered(user);
      asked = locations.stream()
          .filter(location -> location.status() == LocationStatus.ACTIVE)
          .filter(location -> user.role() != Role.LOCATION_ADMIN || administered.test(location.id()))
          .toList();
    }
    List<CompetencySummary> held = competencies.summary(organizationId, Optional.empty());
    LocalDate today = LocalDate.now(clock);
    List<AbtkOffer> offers = new ArrayList<>();
    for (LocationView location : asked) {
      for (CompetencyLevel level : CompetencyLevel.values()) {
        EligibilityInputs inputs = EligibilityInputs.of(organization, locations, held, location.id(), level, today);
        AbtkEligibility.Decision decision = eligibility.decide(inputs);
        if (decision.eligible() && location.address() == null) {
          decision = new AbtkEligibility.Decision(false, "R-ABTK-20"); // nowhere to ship its kits to
        }
        offers.add(AbtkOffer.of(location.id(), level, prices.price(level, location.currency()), decision));
      }
    }
    return offers;
  }
}
