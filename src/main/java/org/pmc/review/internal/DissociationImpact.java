package org.pmc.review.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * R-LOC-5: what a location takes with it when it is dissociated. Its competencies are lost; its MCPs and
 * references stay on it (history) and no longer count; its contacts and privileges are released; its
 * people and its child locations move to its parent.
 */
public record DissociationImpact(String location, String parent, List<String> competenciesLost, int mcps,
    int references, List<String> contacts, int privileges, int people, List<String> childLocations,
    List<String> summary) implements Impact {

  static DissociationImpact of(String location, String parent, List<String> competenciesLost, int mcps,
      int references, List<String> contacts, int privileges, int people, List<String> childLocations) {
    List<String> lines = new ArrayList<>();
    lines.add("Location " + location + " is dissociated (kept for history; it can be re-added, R-LOC-6).");
    lines.add(competenciesLost.isEmpty() ? "No competency is lost."
        : "Competencies lost: " + String.join(", ", competenciesLost) + ".");
    lines.add(mcps + " MCP(s) and " + references + " customer reference(s) stay at the location and no longer count"
        + " toward competencies.");
    lines.add(contacts.isEmpty() ? "No program contact is held there."
        : "Program contacts released: " + String.join(", ", contacts) + ".");
    lines.add(privileges + " privilege(s) held there are released.");
    if (parent != null) {
      lines.add(people + " person(s) associated there move to " + parent + ".");
      lines.add(childLocations.isEmpty() ? "No location is under it."
          : "Locations moving to " + parent + ": " + String.join(", ", childLocations) + ".");
    }
    return new DissociationImpact(location, parent, competenciesLost, mcps, references, contacts, privileges,
        people, childLocations, List.copyOf(lines));
  }
}
