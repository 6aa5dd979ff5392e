package org.pmc.competency;

import java.time.LocalDate;
import java.util.UUID;

/**
 * How far one location is toward the next level of one competency (R-COMP-3), as the competency planner counts it,
 * and whether the level it holds is at risk (R-COMP-4) or lapses by expiries before the renewal ({@code lapsesOn}).
 * {@code level} is null for a competency the location only works toward.
 */
public record NextLevelProgress(UUID locationId, String locationName, Competency competency, CompetencyLevel level,
    CompetencyLevel target, int referencesCounted, int referencesRequired, int mcpsCounted, int mcpsRequired,
    boolean atRisk, LocalDate lapsesOn) {

  /** The share of the next level's requirements met, 0 to 100: each required reference and MCP weighs the same. */
  public int percent() {
    int required = referencesRequired + mcpsRequired;
    if (required == 0) {
      return 100;
    }
    int met = Math.min(referencesCounted, referencesRequired) + Math.min(mcpsCounted, mcpsRequired);
    return met * 100 / required;
  }
}
