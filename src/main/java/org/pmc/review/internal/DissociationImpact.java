package org.pmc.review.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * R-LOC-5: what a location takes with it when it is dissociated. Its competencies are lost; its MCPs and
 * references stay on it (history) and no longer count; its contacts and privileges are released; its
 * people and its child locations move to its parent. R-LOC-9: its benefits end and its ABTK orders stay on it;
 * references awaiting a customer and invitations move with its people.
 */
public record DissociationImpact(String location, String parent, List<String> competenciesLost, int mcps,
    int references, List<String> contacts, int privileges, int people, List<String> childLocations,
    List<String> benefits, List<String> abtkOrders, List<String> summary) implements Impact {

  static DissociationImpact of(String location, String parent, List<String> competenciesLost, int mcps,
      int references, List<String> contacts, int privileges, int people, List<String> childLocations,
      List<String> benefits, List<String> abtkOrders) {
    List<String> lines = new ArrayList<>();
    lines.add("Location " + location + " is dissociated (kept for history; it can be re-added, R-LOC-6).");
    lines.add(competenciesLost.isEmpty() ? "No competency is lost."
        : "Competencies lost: " + String.join(", ", competenciesLost) + ".");
    lines.add(mcps + " MCP(s) and " + references + " customer reference(s) stay at the location and no longer count"
        + " toward competencies.");
    lines.add(contacts.isEmpty() ? "No program contact is held there."
        : "Program contacts released: " + String.join(", ", contacts) + ".");
    lines.add(privileges + " privilege(s) held there are released.");
    lines.add(benefits.isEmpty() ? "No benefit is held there."
        : "Benefits that end with the location: " + String.join("; ", benefits) + ".");
    lines.add(abtkOrders.isEmpty() ? "No ABTK order was placed for it."
        : "ABTK orders, kept at the location for history: " + String.join("; ", abtkOrders) + ".");
    if (parent != null) {
      lines.add(people + " person(s) associated or invited there move to " + parent
          + ", with the references still awaiting a customer.");
      lines.add(childLocations.isEmpty() ? "No location is under it."
          : "Locations moving to " + parent + ": " + String.join(", ", childLocations) + ".");
    }
    return new DissociationImpact(location, parent, competenciesLost, mcps, references, contacts, privileges,
        people, childLocations, benefits, abtkOrders, List.copyOf(lines));
  }
}
