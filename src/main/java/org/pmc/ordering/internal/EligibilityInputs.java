package org.pmc.ordering.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pmc.competency.CompetencyLevel;
import org.pmc.competency.CompetencySummary;
import org.pmc.ordering.internal.AbtkOrders;
import org.pmc.organization.LocationStatus;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationView;

/**
 * The facts the decision {@code abtk-eligibility} reads, worked out from the organization, its locations
 * and the location's own competencies. Plain Java, so each fact can be tested on its own.
 */
public record EligibilityInputs(boolean isHeadquarters, boolean linkedToHeadquarters, String bestActiveLevel,
    CompetencyLevel requestedLevel, boolean inReenrollmentWindow, boolean hasAbtkThisYear) {

  static final String NONE = "NONE";

  public static EligibilityInputs of(OrganizationView organization, List<LocationView> locations,
      List<CompetencySummary> competencies, UUID locationId, CompetencyLevel requested, LocalDate today) {
    return new EligibilityInputs(locationId.equals(organization.hqLocationId()),
        linkedToHeadquarters(organization, locations, locationId),
        bestActiveLevel(competencies, locationId), requested,
        organization.inReenrollmentWindow(today), // R-ABTK-6
        // R-ABTK-3: AbtkOrders sets it from the location's orders of this program year (withAbtkThisYear).
        false);
  }

  /** R-ABTK-3: the same facts, with whether the location already holds an ABTK order this program year. */
  public EligibilityInputs withAbtkThisYear(boolean hasAbtk) {
    return new EligibilityInputs(isHeadquarters, linkedToHeadquarters, bestActiveLevel, requestedLevel,
        inReenrollmentWindow, hasAbtk);
  }

  /** R-ABTK-16: the location is active and its chain of parents reaches the organization's HQ. */
  public static boolean linkedToHeadquarters(OrganizationView organization, List<LocationView> locations, UUID locationId) {
    Map<UUID, LocationView> byId = new HashMap<>();
    locations.forEach(location -> byId.put(location.id(), location));
    LocationView location = byId.get(locationId);
    if (location == null || location.status() != LocationStatus.ACTIVE) {
      return false;
    }
    Set<UUID> seen = new HashSet<>();
    for (LocationView at = location; at != null && seen.add(at.id());
        at = at.parentId() == null ? null : byId.get(at.parentId())) {
      if (at.id().equals(organization.hqLocationId())) {
        return true;
      }
    }
    return false;
  }

  /**
   * R-ABTK-16: the best level among the location's own competencies that are ACTIVE_EARNED or
   * ACTIVE_PRE_APPROVED ("GOLD", "SILVER" or "NONE"); another location's gold does not count (R-ABTK-4).
   */
  public static String bestActiveLevel(List<CompetencySummary> competencies, UUID locationId) {
    String best = NONE;
    for (CompetencySummary competency : competencies) {
      if (!competency.locationId().equals(locationId) || competency.level() == null
          || !competency.status().active()) {
        continue;
      }
      if (competency.level() == CompetencyLevel.GOLD) {
        return CompetencyLevel.GOLD.name();
      }
      best = CompetencyLevel.SILVER.name();
    }
    return best;
  }

  public Map<String, Object> variables() {
    return Map.of("isHeadquarters", isHeadquarters, "linkedToHeadquarters", linkedToHeadquarters,
        "bestActiveLevel", bestActiveLevel, "requestedLevel", requestedLevel.name(),
        "inReenrollmentWindow", inReenrollmentWindow, "hasAbtkThisYear", hasAbtkThisYear);
  }
}
