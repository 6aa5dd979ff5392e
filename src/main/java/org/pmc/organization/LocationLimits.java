package org.pmc.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pmc.web.BusinessRuleViolation;

/**
 * R-LOC-10 (decided, issue 14): an organization has at most {@value #MAX_LOCATIONS} locations and its tree is at
 * most {@value #MAX_DEPTH} levels deep (the HQ is level 1). Every list, select and tree walk over an organization's
 * locations is bounded by them. Dissociated locations count towards the number (they are kept, listed and can be
 * re-added); the depth is that of the active tree. Callers hold the organization's lock
 * ({@link OrganizationService#lock}), so two changes cannot pass the check together.
 */
public final class LocationLimits {

  public static final String RULE = "R-LOC-10";

  public static final int MAX_LOCATIONS = 2_000;

  public static final int MAX_DEPTH = 20;

  private LocationLimits() {}

  /** Refuses when {@code adding} more locations would take the organization past {@value #MAX_LOCATIONS}. */
  static void requireRoom(long held, long adding) {
    if (held + adding > MAX_LOCATIONS) {
      throw new BusinessRuleViolation(RULE, "An organization has at most " + String.format("%,d", MAX_LOCATIONS)
          + " locations (it has " + held + ")");
    }
  }

  /** Refuses when the tree, each location under its parent (a root under none), is deeper than allowed. */
  static void requireDepth(Map<UUID, UUID> parents) {
    Map<UUID, Integer> depths = new HashMap<>();
    for (UUID location : parents.keySet()) {
      if (depth(location, parents, depths) > MAX_DEPTH) {
        throw new BusinessRuleViolation(RULE, "A location tree is at most " + MAX_DEPTH + " levels deep");
      }
    }
  }

  /** The location's level, the HQ's being 1; levels already known are reused, so a whole tree takes O(n). */
  private static int depth(UUID location, Map<UUID, UUID> parents, Map<UUID, Integer> known) {
    List<UUID> path = new ArrayList<>();
    int above = 0;
    // Bounded by the tree's size: a cycle (which R-LOC-3 prevents) cannot loop forever here.
    for (UUID at = location; at != null && path.size() <= parents.size(); at = parents.get(at)) {
      Integer depth = known.get(at);
      if (depth != null) {
        above = depth;
        break;
      }
      path.add(at);
    }
    for (int i = path.size() - 1; i >= 0; i--) {
      known.put(path.get(i), ++above);
    }
    return above;
  }
}
