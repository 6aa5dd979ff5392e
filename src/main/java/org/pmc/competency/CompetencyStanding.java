package org.pmc.competency;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pmc.competency.internal.CompetencyRequirements;
import org.pmc.competency.internal.Evidence;
import org.pmc.competency.internal.HeldCompetency;
import org.pmc.competency.internal.LocationCompetencies;
import org.pmc.competency.internal.LocationCompetency;
import org.pmc.competency.internal.Requirement;
import org.pmc.organization.LocationView;
import org.pmc.organization.MembershipLapsed;
import org.pmc.organization.MembershipLapses;
import org.pmc.organization.MembershipLevel;
import org.pmc.organization.MembershipRestored;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where each location stands with each competency (R-COMP-2..4): evaluated from its approved, unexpired
 * references and its qualified MCPs whenever that evidence changes, settled at the anniversary.
 */
@Service
public class CompetencyStanding {

  /** R-COMP-4: due for renewal within 90 days of the anniversary. */
  static final int RENEWAL_NOTICE_DAYS = 90;

  private static final Logger log = LoggerFactory.getLogger(CompetencyStanding.class);

  private final LocationCompetencies competencies;
  private final CompetencyRequirements requirements;
  private final ReferenceEvidence references;
  private final McpEvidence mcps;
  private final OrganizationService organizations;
  private final MembershipLapses lapses;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CompetencyStanding(LocationCompetencies competencies, CompetencyRequirements requirements,
      ReferenceEvidence references, McpEvidence mcps, OrganizationService organizations, MembershipLapses lapses,
      ApplicationEventPublisher events, Clock clock) {
    this.lapses = lapses;
    this.competencies = competencies;
    this.requirements = requirements;
    this.references = references;
    this.mcps = mcps;
    this.organizations = organizations;
    this.events = events;
    this.clock = clock;
  }

  /**
   * R-COMP-3, R-REF-6: re-evaluates, in the changing transaction, the locations whose evidence changed (only
   * theirs is read: an answer costs the same in an organization of 5 or 500 locations), or all of them.
   */
  @EventListener
  @Transactional
  public void evidenceChanged(EvidenceChanged changed) {
    if (changed.everywhere()) {
      evaluate(changed.organizationId());
      return;
    }
    UUID organizationId = changed.organizationId();
    organizations.lockLocations(changed.locationIds());
    apply(organizationId, evidenceAt(organizationId, changed.locationIds()),
        rows(competencies.findByLocationIdIn(changed.locationIds())),
        organizations.activeAmong(organizationId, changed.locationIds()));
  }

  /** Every location of the organization. */
  @Transactional
  public void evaluate(UUID organizationId) {
    organizations.lockLocationsOf(organizationId);
    apply(organizationId, evidence(organizationId),
        rows(competencies.findByOrganizationId(organizationId)), activeLocations(organizationId));
  }

  /**
   * Brings each row in line with its evidence. The callers hold the locks of the locations' rows, so two
   * evaluations of one location run one after the other on every node: at once they would both add the
   * same competency row (a duplicate key) or both change it (an optimistic-locking failure), and the
   * customer's answer would be lost.
   */
  private void apply(UUID organizationId, Map<Key, Evidence> evidence, Map<Key, LocationCompetency> rows,
      Set<UUID> active) {
    if (lapses.lapsed(organizationId)) {
      return; // R-MEM-5: nothing is earned while the renewal is unpaid; paying re-evaluates (see restored)
    }
    Instant now = clock.instant();
    Set<Key> keys = new HashSet<>(evidence.keySet());
    keys.addAll(rows.keySet());
    for (Key key : keys) {
      if (!active.contains(key.locationId())) {
        continue;
      }
      LocationCompetency row = rows.computeIfAbsent(key, k -> competencies.save(
          new LocationCompetency(organizationId, k.locationId(), k.competency(), now)));
      row.evaluate(met(evidence.getOrDefault(key, Evidence.NONE)), now)
          .ifPresent(level -> gained(organizationId, key, level));
    }
  }

  /**
   * At the anniversary: an earned competency whose requirements are no longer met lapses; one that meets
   * only silver steps down to silver (R-COMP-2, R-COMP-4).
   */
  @Transactional
  public void renew(UUID organizationId) {
    organizations.lockLocationsOf(organizationId); // an answer arriving meanwhile waits, and is evaluated after
    Instant now = clock.instant();
    Map<Key, Evidence> evidence = evidence(organizationId);
    rows(competencies.findByOrganizationId(organizationId))
        .forEach((key, row) -> row.renew(met(evidence.getOrDefault(key, Evidence.NONE)), now));
    log.info("Competencies of organization {} renewed for the next program year", organizationId);
  }

  /** R-MEM-5: the renewal is unpaid after the grace period: every active competency lapses with the level. */
  @EventListener
  @Transactional
  public void lapsed(MembershipLapsed lapsed) {
    Instant now = clock.instant();
    competencies.findByOrganizationId(lapsed.organizationId()).forEach(row -> row.lapseUnpaid(now));
    log.info("Competencies of organization {} lapsed: renewal unpaid", lapsed.organizationId());
  }

  /**
   * R-MEM-5: the renewal is paid later in the program year: the competencies come back as they were, then are
   * brought in line with the evidence that changed meanwhile.
   */
  @EventListener
  @Transactional
  public void restored(MembershipRestored restored) {
    Instant now = clock.instant();
    competencies.findByOrganizationId(restored.organizationId()).forEach(row -> row.restorePaid(now));
    evaluate(restored.organizationId());
  }

  /** Program staff set a competency or pre-approve it (R-COMP-2). */
  @Transactional
  public CompetencySummary setByStaff(UUID locationId, Competency competency, CompetencyLevel level,
      CompetencyStatus status) {
    UUID organizationId = organizations.organizationOf(locationId);
    LocationView location = organizations.location(organizationId, locationId);
    Key key = new Key(locationId, competency);
    LocationCompetency row = competencies.findById(new LocationCompetency.Key(locationId, competency))
        .orElseGet(() -> competencies.save(new LocationCompetency(organizationId, locationId, competency,
            clock.instant())));
    boolean wasActive = row.getStatus().active();
    CompetencyLevel before = row.getLevel();
    row.setByStaff(level, status, clock.instant());
    if (status.active() && (!wasActive || before == null || level.ordinal() > before.ordinal())) {
      gained(organizationId, key, level);
    }
    log.info("Staff set {} at location {} to {} {}", competency, location.name(), level, status);
    return summary(organizationId, Optional.of(locationId)).stream()
        .filter(summary -> summary.competency() == competency).findFirst().orElseThrow();
  }

  /**
   * R-COMP-4: per location or for all, competencies in danger first, then due for renewal. Read as plain
   * rows, not entities: the summary of 200 locations is one of the most frequent reads.
   */
  @Transactional(readOnly = true)
  public List<CompetencySummary> summary(UUID organizationId, Optional<UUID> locationId) {
    OrganizationView organization = organizations.organization(organizationId);
    LocalDate renewal = organization.anniversaryDate();
    boolean due = !LocalDate.now(clock).isBefore(renewal.minusDays(RENEWAL_NOTICE_DAYS));
    Map<Key, Evidence> evidence = locationId.map(at -> evidenceAt(organizationId, Set.of(at)))
        .orElseGet(() -> evidence(organizationId));
    List<HeldCompetency> held = locationId.map(at -> competencies.heldAt(organizationId, at))
        .orElseGet(() -> competencies.heldBy(organizationId));
    List<CompetencySummary> result = new ArrayList<>();
    for (HeldCompetency row : held) {
      Evidence has = evidence.getOrDefault(new Key(row.locationId(), row.competency()), Evidence.NONE);
      Requirement needed = requirements.of(row.level() == null ? CompetencyLevel.SILVER : row.level());
      boolean atRisk = row.status() == CompetencyStatus.ACTIVE_EARNED && !has.meets(needed);
      result.add(new CompetencySummary(row.locationId(), row.competency(), row.level(), row.status(),
          renewal, has.references(), needed.customerReferences(), has.mcps(), needed.mcps(),
          due && row.status().active(), atRisk));
    }
    result.sort(Comparator.comparing((CompetencySummary s) -> !s.atRisk())
        .thenComparing(s -> !s.dueForRenewal())
        .thenComparing(s -> s.competency().title()));
    return result;
  }

  private void gained(UUID organizationId, Key key, CompetencyLevel level) {
    // R-MEM-1 (decided): the organization's level rises to at least that of its competencies. Two locations
    // gaining at once would both raise it: the lock (after the locations', always in that order) serialises them.
    organizations.lock(organizationId);
    organizations.raiseMembershipTo(organizationId,
        level == CompetencyLevel.GOLD ? MembershipLevel.GOLD : MembershipLevel.SILVER);
    events.publishEvent(new CompetencyGained(organizationId, key.locationId(), key.competency(), level));
    log.info("Location {} gained {} {}", key.locationId(), level, key.competency());
  }

  private Optional<CompetencyLevel> met(Evidence evidence) {
    if (evidence.meets(requirements.of(CompetencyLevel.GOLD))) {
      return Optional.of(CompetencyLevel.GOLD);
    }
    return evidence.meets(requirements.of(CompetencyLevel.SILVER)) ? Optional.of(CompetencyLevel.SILVER)
        : Optional.empty();
  }

  private Map<Key, Evidence> evidence(UUID organizationId) {
    return evidence(references.approvedReferences(organizationId), mcps.qualifiedMcps(organizationId));
  }

  private Map<Key, Evidence> evidenceAt(UUID organizationId, Set<UUID> locationIds) {
    return evidence(references.approvedReferences(organizationId, locationIds),
        mcps.qualifiedMcps(organizationId, locationIds));
  }

  private static Map<Key, Evidence> evidence(Map<UUID, Map<Competency, Integer>> referenceCounts,
      Map<UUID, Map<Competency, Integer>> mcpCounts) {
    Map<Key, Evidence> evidence = new HashMap<>();
    referenceCounts.forEach((location, counts) -> counts.forEach((competency, n) ->
        evidence.merge(new Key(location, competency), new Evidence(n, 0), Evidence::plus)));
    mcpCounts.forEach((location, counts) -> counts.forEach((competency, n) ->
        evidence.merge(new Key(location, competency), new Evidence(0, n), Evidence::plus)));
    return evidence;
  }

  private static Map<Key, LocationCompetency> rows(List<LocationCompetency> found) {
    return found.stream()
        .collect(Collectors.toMap(row -> new Key(row.getLocationId(), row.getCompetency()), Function.identity()));
  }

  private Set<UUID> activeLocations(UUID organizationId) {
    return organizations.locations(organizationId).stream()
        .filter(location -> location.status().name().equals("ACTIVE"))
        .map(LocationView::id).collect(Collectors.toSet());
  }

  private record Key(UUID locationId, Competency competency) {}
}
