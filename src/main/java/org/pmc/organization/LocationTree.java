package org.pmc.organization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The organization's locations as the portal draws them (R-LOC-1): the HQ first, every location under its
 * parent, siblings by name. Only arranges what {@link OrganizationService#locations} answers; decides nothing.
 */
public record LocationTree(List<Node> roots) {

  public static LocationTree of(List<LocationView> locations) {
    Map<UUID, LocationView> byId = new LinkedHashMap<>();
    locations.forEach(location -> byId.put(location.id(), location));
    Map<UUID, List<LocationView>> children = new LinkedHashMap<>();
    List<LocationView> tops = new ArrayList<>();
    for (LocationView location : locations) {
      if (location.parentId() == null || !byId.containsKey(location.parentId())) {
        tops.add(location);
      } else {
        children.computeIfAbsent(location.parentId(), parent -> new ArrayList<>()).add(location);
      }
    }
    tops.sort(Comparator.comparing((LocationView location) -> !location.hq())
        .thenComparing(LocationView::name, String.CASE_INSENSITIVE_ORDER));
    Set<UUID> seen = new HashSet<>();
    List<Node> roots = new ArrayList<>();
    tops.forEach(top -> roots.add(node(top, 0, children, seen)));
    // A location the walk did not reach (only if the data held a cycle) is still shown, at the top.
    locations.stream().filter(location -> !seen.contains(location.id()))
        .forEach(location -> roots.add(node(location, 0, children, seen)));
    return new LocationTree(roots);
  }

  private static Node node(LocationView location, int depth, Map<UUID, List<LocationView>> children,
      Set<UUID> seen) {
    seen.add(location.id());
    List<Node> below = new ArrayList<>();
    children.getOrDefault(location.id(), List.of()).stream()
        .sorted(Comparator.comparing(LocationView::name, String.CASE_INSENSITIVE_ORDER))
        .filter(child -> !seen.contains(child.id()))
        .forEach(child -> below.add(node(child, depth + 1, children, seen)));
    return new Node(location, below, depth);
  }

  /** Every location in drawing order (each after its parent), with its depth: for select lists. */
  public List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    roots.forEach(root -> collect(root, entries));
    return entries;
  }

  private static void collect(Node node, List<Entry> entries) {
    entries.add(new Entry(node.location(), node.depth()));
    node.children().forEach(child -> collect(child, entries));
  }

  /** A location and the locations directly under it. */
  public record Node(LocationView location, List<Node> children, int depth) {}

  /** A location at its depth in the tree. */
  public record Entry(LocationView location, int depth) {

    /** The name indented by its depth (em spaces, which a select list does not collapse). */
    public String label() {
      return "\u2003".repeat(depth) + location.name() + (location.hq() ? " (HQ)" : "");
    }
  }
}
