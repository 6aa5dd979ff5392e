package org.pmc.competency;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pmc.competency.internal.CompetencyPlanner;
import org.pmc.competency.internal.PlanLine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The competency planner's lines as progress toward the next level, for the partner's home page: at risk first
 * (R-COMP-4), then those lapsing by expiries before the renewal, then the nearest to their next level.
 */
@Service
public class CompetencyProgress {

  private final CompetencyPlanner planner;
  private final CompetencyStanding standing;

  CompetencyProgress(CompetencyPlanner planner, CompetencyStanding standing) {
    this.planner = planner;
    this.standing = standing;
  }

  @Transactional(readOnly = true)
  public List<NextLevelProgress> towardNextLevel(UUID organizationId) {
    Set<String> atRisk = standing.summary(organizationId, Optional.empty()).stream()
        .filter(CompetencySummary::atRisk)
        .map(summary -> key(summary.locationId(), summary.competency()))
        .collect(Collectors.toSet());
    return planner.plan(organizationId, Optional.empty()).stream()
        .map(line -> progress(line, atRisk.contains(key(line.locationId(), line.competency()))))
        .sorted(Comparator.comparing((NextLevelProgress p) -> !p.atRisk())
            .thenComparing(p -> p.lapsesOn() == null)
            .thenComparing(NextLevelProgress::percent, Comparator.reverseOrder())
            .thenComparing(NextLevelProgress::locationName)
            .thenComparing(p -> p.competency().title()))
        .toList();
  }

  private static NextLevelProgress progress(PlanLine line, boolean atRisk) {
    return new NextLevelProgress(line.locationId(), line.locationName(), line.competency(), line.level(),
        line.target(), line.referencesCounted(), line.referencesRequired(), line.mcpsCounted(), line.mcpsRequired(),
        atRisk, line.lapsesOn());
  }

  private static String key(UUID locationId, Competency competency) {
    return locationId + "/" + competency;
  }
}
