package org.pmc.review.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.pmc.review.internal.Impact;

/**
 * R-LOC-7: the anticipated impact of merging the other organization into this one: the competencies of
 * both (all stay with their locations and are re-evaluated together) and everything that moves. R-LOC-8: each side
 * sees only its own part ({@link #requesterSide()}, {@link #otherSide()}); the RSC sees both. A part a side does
 * not see is left out (null), not shown as zero.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MergeImpact(String organization, String otherOrganization, List<String> competencies,
    List<String> otherCompetencies, Integer locations, Integer people, Integer mcps, Integer references,
    List<String> summary) implements Impact {

  static MergeImpact of(String organization, String otherOrganization, List<String> competencies,
      List<String> otherCompetencies, int locations, int people, int mcps, int references) {
    List<String> lines = new ArrayList<>();
    lines.add(merges(organization, otherOrganization));
    lines.add(competencies(organization, competencies));
    lines.add(otherCompetencies(otherOrganization, otherCompetencies));
    lines.addAll(moving(organization, otherOrganization, locations, people, mcps, references));
    return new MergeImpact(organization, otherOrganization, competencies, otherCompetencies, locations, people,
        mcps, references, List.copyOf(lines));
  }

  /** What the organization asking sees: its own competencies, the other organization by name only (R-LOC-8). */
  MergeImpact requesterSide() {
    return new MergeImpact(organization, otherOrganization, competencies, null, null, null, null, null, List.of(
        merges(organization, otherOrganization),
        competencies(organization, competencies),
        "The global admins of " + otherOrganization + " are asked to consent first; they see what the merge does on"
            + " their side, and the RSC reviews the merge once they accept."));
  }

  /** What the other organization's global admins see in their consent task: their side, the asking one by name. */
  MergeImpact otherSide() {
    List<String> lines = new ArrayList<>();
    lines.add(merges(organization, otherOrganization));
    lines.add(otherCompetencies(otherOrganization, otherCompetencies));
    lines.addAll(moving(organization, otherOrganization, locations, people, mcps, references));
    return new MergeImpact(organization, otherOrganization, null, otherCompetencies, locations, people, mcps,
        references, List.copyOf(lines));
  }

  private static String merges(String organization, String otherOrganization) {
    return otherOrganization + " merges into " + organization + "; its HQ becomes a location under the HQ of "
        + organization + ".";
  }

  private static String competencies(String organization, List<String> competencies) {
    return "Competencies of " + organization + ": " + listed(competencies) + ".";
  }

  private static String otherCompetencies(String otherOrganization, List<String> otherCompetencies) {
    return "Competencies of " + otherOrganization + ": " + listed(otherCompetencies)
        + " (they stay with their locations and are re-evaluated with the merged evidence).";
  }

  /** R-LOC-8: everything of the merged organization moves or ends. */
  private static List<String> moving(String organization, String otherOrganization, int locations, int people,
      int mcps, int references) {
    return List.of(
        "Moving to " + organization + ": " + locations + " location(s), " + people + " person(s), " + mcps
            + " MCP(s), " + references + " customer reference(s).",
        "Orders, invoices, payments, benefits, shipments, support tickets, product keys and privileges of "
            + otherOrganization + " move to " + organization + "; its unpaid membership renewal is cancelled and"
            + " its competency renewal ends; its activity log is kept, marked with its origin.",
        "Global admins of " + otherOrganization + " become location admins of its former HQ.");
  }

  private static String listed(List<String> competencies) {
    return competencies.isEmpty() ? "none" : String.join(", ", competencies);
  }
}
