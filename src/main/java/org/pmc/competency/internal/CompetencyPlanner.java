package org.pmc.competency.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pmc.competency.Competency;
import org.pmc.competency.CompetencyLevel;
import org.pmc.competency.CountingCertification;
import org.pmc.competency.CountingMcp;
import org.pmc.competency.CountingReference;
import org.pmc.competency.McpEvidence;
import org.pmc.competency.ReferenceEvidence;
import org.pmc.competency.internal.PlanLine.Action;
import org.pmc.competency.internal.PlanLine.ExpiringReference;
import org.pmc.organization.LocationStatus;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The competency planner: per location, the next level of each competency it holds or has evidence for, what is
 * still missing (R-COMP-3), and which references expire before the renewal (R-REF-3, R-MEM-2). Read in a fixed
 * number of queries whatever the number of locations and competencies.
 */
@Service
public class CompetencyPlanner {

  private final LocationCompetencies competencies;
  private final CompetencyRequirements requirements;
  private final ReferenceEvidence references;
  private final McpEvidence mcps;
  private final OrganizationService organizations;
  private final Clock clock;

  CompetencyPlanner(LocationCompetencies competencies, CompetencyRequirements requirements,
      ReferenceEvidence references, McpEvidence mcps, OrganizationService organizations, Clock clock) {
    this.competencies = competencies;
    this.requirements = requirements;
    this.references = references;
    this.mcps = mcps;
    this.organizations = organizations;
    this.clock = clock;
  }

  /** The plan of the organization's active locations, or of one of them (another organization's: not found). */
  @Transactional(readOnly = true)
  public List<PlanLine> plan(UUID organizationId, Optional<UUID> locationId) {
    Map<UUID, String> names = activeLocationNames(organizationId, locationId);
    LocalDate renewal = organizations.organization(organizationId).anniversaryDate();
    Map<UUID, Map<Competency, Behind>> behind = behind(organizationId, locationId);
    Map<UUID, Map<Competency, HeldCompetency>> held = held(organizationId, locationId);
    Map<Competency, List<CountingCertification>> certifications = mcps.certificationsCounting();
    List<PlanLine> lines = new ArrayList<>();
    names.forEach((location, name) -> {
      Set<Competency> listed = new TreeSet<>(Comparator.comparing(Competency::title));
      listed.addAll(held.getOrDefault(location, Map.of()).keySet());
      listed.addAll(behind.getOrDefault(location, Map.of()).keySet());
      for (Competency competency : listed) {
        line(location, name, competency, held.getOrDefault(location, Map.of()).get(competency),
            behind.getOrDefault(location, Map.of()).getOrDefault(competency, Behind.NONE),
            certifications.getOrDefault(competency, List.of()), renewal).ifPresent(lines::add);
      }
    });
    return lines;
  }

  /**
   * The references and MCPs behind each location's counts per competency (R-COMP-3), for Manage Competencies
   * and the planner: two reads, one per kind of evidence.
   */
  @Transactional(readOnly = true)
  public Map<UUID, Map<Competency, Behind>> behind(UUID organizationId, Optional<UUID> locationId) {
    Map<UUID, Map<Competency, Behind>> behind = new HashMap<>();
    for (CountingReference reference : references.countingReferences(organizationId, locationId)) {
      at(behind, reference.locationId(), reference.competency()).references().add(reference);
    }
    for (CountingMcp mcp : mcps.countingMcps(organizationId, locationId)) {
      mcp.competencies().forEach(competency -> at(behind, mcp.locationId(), competency).mcps().add(mcp));
    }
    return behind;
  }

  /** The active competencies (earned or pre-approved, R-COMP-2) per location: what a location holds. */
  private Map<UUID, Map<Competency, HeldCompetency>> held(UUID organizationId, Optional<UUID> locationId) {
    Map<UUID, Map<Competency, HeldCompetency>> held = new HashMap<>();
    locationId.map(at -> competencies.heldAt(organizationId, at))
        .orElseGet(() -> competencies.heldBy(organizationId)).stream()
        .filter(row -> row.status().active())
        .forEach(row -> held.computeIfAbsent(row.locationId(), l -> new EnumMap<>(Competency.class))
            .put(row.competency(), row));
    return held;
  }

  private Optional<PlanLine> line(UUID location, String name, Competency competency, HeldCompetency held,
      Behind has, List<CountingCertification> certifications, LocalDate renewal) {
    Evidence evidence = has.evidence();
    CompetencyLevel level = held == null ? null : held.level();
    if (evidence.meets(requirements.of(CompetencyLevel.GOLD))) {
      return Optional.empty(); // nothing further to plan
    }
    CompetencyLevel target = level == CompetencyLevel.GOLD
        || evidence.meets(requirements.of(CompetencyLevel.SILVER)) ? CompetencyLevel.GOLD : CompetencyLevel.SILVER;
    Requirement needed = requirements.of(target);
    int referencesMissing = Math.max(0, needed.customerReferences() - evidence.references());
    int mcpsMissing = Math.max(0, needed.mcps() - evidence.mcps());
    List<ExpiringReference> expiring = has.references().stream()
        .map(reference -> new ExpiringReference(reference.id(), reference.customer(), expiresOn(reference)))
        .filter(reference -> !reference.expiresOn().isAfter(renewal))
        .toList();
    return Optional.of(new PlanLine(location, name, competency, competency.title(), level,
        held == null ? null : held.status(), target, evidence.references(), needed.customerReferences(),
        referencesMissing, evidence.mcps(), needed.mcps(), mcpsMissing, certifications, renewal,
        lapsesOn(level, has, renewal), expiring,
        actions(location, competency, referencesMissing > 0 || !expiring.isEmpty(), mcpsMissing > 0)));
  }

  /**
   * The first date on which, by expiries alone, the held level stops being met: the day its references fall one
   * short of the requirement (MCPs do not expire). None when it is not met today (at risk already: R-COMP-4
   * shows that), or when that day comes after the renewal.
   */
  private LocalDate lapsesOn(CompetencyLevel level, Behind has, LocalDate renewal) {
    if (level == null || !has.evidence().meets(requirements.of(level))) {
      return null;
    }
    int required = requirements.of(level).customerReferences();
    if (required == 0) {
      return null;
    }
    List<LocalDate> expiries = has.references().stream().map(this::expiresOn).sorted().toList();
    LocalDate drop = expiries.get(expiries.size() - required);
    return drop.isAfter(renewal) ? null : drop;
  }

  private static List<Action> actions(UUID location, Competency competency, boolean references, boolean mcps) {
    List<Action> actions = new ArrayList<>();
    if (references) {
      actions.add(new Action("Create a reference", UriComponentsBuilder.fromPath("/portal/references/new")
          .queryParam("locationId", location).queryParam("competency", competency).toUriString()));
    }
    if (mcps) {
      actions.add(new Action("Invite an MCP", UriComponentsBuilder.fromPath("/portal/mcps")
          .queryParam("locationId", location).fragment("invite").toUriString()));
    }
    return actions;
  }

  /** R-REF-3: the day a reference stops counting, in the program's time zone (the clock's). */
  private LocalDate expiresOn(CountingReference reference) {
    return LocalDate.ofInstant(reference.expiresAt(), clock.getZone());
  }

  private Map<UUID, String> activeLocationNames(UUID organizationId, Optional<UUID> locationId) {
    List<LocationView> locations = organizations.locations(organizationId);
    locationId.filter(at -> locations.stream().noneMatch(location -> location.id().equals(at)))
        .ifPresent(at -> {
          throw new NotFound("Location", at);
        });
    return locations.stream()
        .filter(location -> location.status() == LocationStatus.ACTIVE)
        .filter(location -> locationId.map(location.id()::equals).orElse(true))
        .sorted(Comparator.comparing(LocationView::name))
        .collect(Collectors.toMap(LocationView::id, LocationView::name, (a, b) -> a, LinkedHashMap::new));
  }

  private static Behind at(Map<UUID, Map<Competency, Behind>> behind, UUID location, Competency competency) {
    return behind.computeIfAbsent(location, l -> new EnumMap<>(Competency.class))
        .computeIfAbsent(competency, c -> new Behind(new ArrayList<>(), new ArrayList<>()));
  }

  /** The references (soonest to expire first) and MCPs behind one location's counts for one competency. */
  public record Behind(List<CountingReference> references, List<CountingMcp> mcps) {

    static final Behind NONE = new Behind(List.of(), List.of());

    Evidence evidence() {
      return new Evidence(references.size(), mcps.size());
    }
  }
}
