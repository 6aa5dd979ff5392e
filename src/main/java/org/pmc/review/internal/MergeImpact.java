package org.pmc.review.internal;

import java.util.ArrayList;
import java.util.List;
import org.pmc.review.internal.Impact;

/**
 * R-LOC-7: the anticipated impact of merging the other organization into this one: the competencies of
 * both (all stay with their locations and are re-evaluated together) and everything that moves.
 */
public record MergeImpact(String organization, String otherOrganization, List<String> competencies,
    List<String> otherCompetencies, int locations, int people, int mcps, int references,
    List<String> summary) implements Impact {

  static MergeImpact of(String organization, String otherOrganization, List<String> competencies,
      List<String> otherCompetencies, int locations, int people, int mcps, int references) {
    List<String> lines = new ArrayList<>();
    lines.add(otherOrganization + " merges into " + organization + "; its HQ becomes a location under the HQ of "
        + organization + ".");
    lines.add("Competencies of " + organization + ": " + listed(competencies) + ".");
    lines.add("Competencies of " + otherOrganization + ": " + listed(otherCompetencies)
        + " (they stay with their locations and are re-evaluated with the merged evidence).");
    lines.add("Moving to " + organization + ": " + locations + " location(s), " + people + " person(s), " + mcps
        + " MCP(s), " + references + " customer reference(s).");
    lines.add("Global admins of " + otherOrganization + " become location admins of its former HQ.");
    return new MergeImpact(organization, otherOrganization, competencies, otherCompetencies, locations, people,
        mcps, references, List.copyOf(lines));
  }

  private static String listed(List<String> competencies) {
    return competencies.isEmpty() ? "none" : String.join(", ", competencies);
  }
}
