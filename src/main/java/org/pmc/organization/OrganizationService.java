package org.pmc.organization;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pmc.activity.ActivityLog;
import org.pmc.activity.ActorKind;
import org.pmc.organization.internal.Location;
import org.pmc.organization.internal.Locations;
import org.pmc.organization.internal.NewLocation;
import org.pmc.organization.internal.Organization;
import org.pmc.organization.internal.Organizations;
import org.pmc.organization.internal.PartnerNumbers;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.InvalidField;
import org.pmc.web.Languages;
import org.pmc.web.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The organization capability's public face: registration, the organization and its locations. */
@Service
public class OrganizationService {

  private static final Logger log = LoggerFactory.getLogger(OrganizationService.class);

  private final Organizations organizations;
  private final Locations locations;
  private final ActivityLog activity;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final PartnerNumbers partnerNumbers;

  OrganizationService(Organizations organizations, Locations locations, ActivityLog activity, Clock clock,
      ApplicationEventPublisher events, PartnerNumbers partnerNumbers) {
    this.events = events;
    this.partnerNumbers = partnerNumbers;
    this.organizations = organizations;
    this.locations = locations;
    this.activity = activity;
    this.clock = clock;
  }

  /**
   * Creates an organization with its HQ and a fresh partner number (R-PPL-8). Its founder is added by the people
   * capability, which then calls {@link #registered}.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public OrganizationView create(String name, String countryCode) {
    Country country = country(countryCode);
    Instant now = clock.instant();
    Organization organization = organizations.save(new Organization(name, partnerNumbers.draw(), now,
        LocalDate.now(clock)));
    Location hq = locations.save(new Location(organization.getId(), null, name + " HQ", country, now));
    organization.headquarteredAt(hq);
    return OrganizationView.of(organization);
  }

  /** The organization is complete with its founding admin: logged, and announced (competency renewal starts). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void registered(UUID organizationId, String founderEmail) {
    Organization organization = find(organizationId);
    String country = locations.getReferenceById(organization.getHqLocationId()).getCountry();
    // Registration is public: nobody is signed in yet, and the one acting is the founding admin.
    activity.record(organization.getId(), ActorKind.PARTNER, founderEmail, "ORGANIZATION_REGISTERED",
        "ORGANIZATION", organization.getId(), "Organization " + organization.getName() + " (partner number "
            + organization.getPartnerNumber() + ") registered with its HQ in " + country);
    events.publishEvent(new OrganizationRegistered(organization.getId(), founderEmail));
    log.info("Organization {} '{}' registered with HQ in {}, partner number {}", organization.getId(),
        organization.getName(), country, organization.getPartnerNumber());
  }

  /** R-PPL-8: the organization with this partner number, for the public lookup. */
  @Transactional(readOnly = true)
  public Optional<OrganizationView> byPartnerNumber(String partnerNumber) {
    // R-LOC-7: a merged organization is kept, emptied, for history; nobody joins it any more.
    return organizations.findByPartnerNumber(partnerNumber).filter(organization -> !organization.isMerged())
        .map(OrganizationView::of);
  }

  @Transactional(readOnly = true)
  public OrganizationView organization(UUID organizationId) {
    return OrganizationView.of(find(organizationId));
  }

  public boolean exists(UUID organizationId) {
    return organizations.existsById(organizationId);
  }

  @Transactional(readOnly = true)
  public List<LocationView> locations(UUID organizationId) {
    List<LocationView> views = locations.viewsOf(organizationId);
    if (views.isEmpty()) {
      find(organizationId); // an unknown organization is not found, not empty
    }
    return views;
  }

  /** R-PPL-3, R-PPL-8: the locations a person may ask to join, by name. */
  @Transactional(readOnly = true)
  public List<LocationView> activeLocations(UUID organizationId) {
    return locations(organizationId).stream().filter(location -> location.status() == LocationStatus.ACTIVE)
        .toList();
  }

  /** Issue 14: one page of the organization's locations by name, for the API. */
  @Transactional(readOnly = true)
  public Page<LocationView> locations(UUID organizationId, Pageable pageable) {
    find(organizationId); // an unknown organization is not found, not empty
    return locations.viewsOf(organizationId, pageable);
  }

  /**
   * R-ROLE-4: these locations and every location below them, from one read of the tree (bounded by R-LOC-10),
   * so that a list can ask "administered?" of each row without a query per row.
   */
  @Transactional(readOnly = true)
  public Set<UUID> withDescendants(UUID organizationId, Set<UUID> roots) {
    Map<UUID, Location> byId = tree(organizationId);
    Set<UUID> below = new HashSet<>();
    for (Location location : byId.values()) {
      int steps = 0; // bounded by the tree's size: a cycle (which R-LOC-3 prevents) cannot loop forever here
      for (Location at = location; at != null && steps++ <= byId.size();
          at = at.getParentId() == null ? null : byId.get(at.getParentId())) {
        if (roots.contains(at.getId()) || below.contains(at.getId())) {
          below.add(location.getId());
          break;
        }
      }
    }
    return below;
  }

  /**
   * R-MEM-1, R-MEM-4: program staff set the level and extend the anniversary (either may be null: left
   * as it is). A moved anniversary is published as {@link AnniversaryExtended}, so that what is bound
   * to it (ABTK benefits, R-ABTK-11) can move with it.
   */
  @Transactional
  public OrganizationView changeMembership(UUID organizationId, MembershipLevel level, LocalDate anniversaryDate) {
    if (level == null && anniversaryDate == null) {
      throw new InvalidField("level", "give a level, an anniversaryDate, or both");
    }
    Organization organization = find(organizationId);
    MembershipLevel oldLevel = organization.getMembershipLevel();
    LocalDate oldDate = organization.getAnniversaryDate();
    if (level != null) {
      organization.changeLevel(level);
    }
    if (anniversaryDate != null) {
      organization.extendAnniversary(anniversaryDate);
    }
    List<String> changes = new ArrayList<>();
    if (organization.getMembershipLevel() != oldLevel) {
      changes.add("level " + oldLevel + " to " + organization.getMembershipLevel());
    }
    if (!organization.getAnniversaryDate().equals(oldDate)) {
      changes.add("anniversary extended from " + oldDate + " to " + organization.getAnniversaryDate());
      events.publishEvent(new AnniversaryExtended(organizationId, oldDate, organization.getAnniversaryDate()));
    }
    if (!changes.isEmpty()) {
      activity.record(organizationId, "MEMBERSHIP_CHANGED", "ORGANIZATION", organizationId,
          "Membership changed: " + String.join("; ", changes));
      log.info("Membership of organization {} changed: {}", organizationId, changes);
    }
    return OrganizationView.of(organization);
  }

  /**
   * R-LOC-1: a new location hangs under an active location of the same organization; R-LOC-10: within the
   * organization's number of locations and the tree's depth, checked under its lock (issue 14: no write skew).
   */
  @Transactional
  public LocationView addLocation(UUID organizationId, NewLocation command) {
    Organization organization = locked(organizationId);
    Location parent = activeIn(organizationId, command.parentId(), "parentId");
    LocationLimits.requireRoom(locations.countByOrganizationId(organizationId), 1);
    requireDepthWith(organizationId, Map.of(UUID.randomUUID(), parent.getId()));
    // Flushed first: listeners of LocationAdded write rows that refer to it.
    Location location = new Location(organizationId, parent.getId(), command.name(), country(command.country()),
        clock.instant());
    location.describe(command.name(), address(command.address(), "address"));
    location = locations.saveAndFlush(location);
    events.publishEvent(new LocationAdded(organizationId, location.getId(), parent.getId()));
    activity.record(organizationId, "LOCATION_ADDED", "LOCATION", location.getId(),
        "Location " + location.getName() + " (" + location.getCountry() + ") added under " + parent.getName());
    log.info("Location {} '{}' added to organization {}", location.getId(), location.getName(), organizationId);
    return LocationView.of(location, organization);
  }

  /** R-LOC-1, R-ABTK-20: the same, for callers outside this module (the demo organization's locations). */
  @Transactional
  public LocationView addLocation(UUID organizationId, String name, String country, UUID parentId,
      PostalAddress address) {
    return addLocation(organizationId, new NewLocation(name, country, parentId, address));
  }

  /**
   * A location's name and postal address (R-ABTK-20: where its shipments go; null removes it). Shipments made
   * before keep the address they were sent to.
   */
  @Transactional
  public LocationView describeLocation(UUID organizationId, UUID locationId, String name, PostalAddress address) {
    Organization organization = find(organizationId);
    Location location = locations.findByIdAndOrganizationId(locationId, organizationId)
        .orElseThrow(() -> new NotFound("Location", locationId));
    if (!location.isActive()) {
      throw new BusinessRuleViolation("R-LOC-5", "A dissociated location is kept for history; re-add it to change it");
    }
    PostalAddress normalized = address(address, "address");
    location.describe(name.trim(), normalized);
    activity.record(organizationId, "LOCATION_CHANGED", "LOCATION", locationId, "Location " + location.getName()
        + ": postal address " + (normalized == null ? "none" : normalized.oneLine()));
    log.info("Location {} of organization {} renamed or readdressed", locationId, organizationId);
    return LocationView.of(location, organization);
  }

  /** The organization's name, billing address and VAT id (R-ABTK-19: printed on every invoice from now on). */
  @Transactional
  public OrganizationView describe(UUID organizationId, String name, PostalAddress billingAddress, String vatId) {
    Organization organization = find(organizationId);
    PostalAddress normalized = address(billingAddress, "billingAddress");
    String vat = vatId == null || vatId.isBlank() ? null : vatId.trim().toUpperCase(Locale.ROOT);
    organization.describe(name.trim(), normalized, vat);
    activity.record(organizationId, "ORGANIZATION_PROFILE_CHANGED", "ORGANIZATION", organizationId,
        "Organization profile: name " + organization.getName() + ", billing address "
            + (normalized == null ? "none" : normalized.oneLine()) + ", VAT id " + (vat == null ? "none" : vat));
    log.info("Profile of organization {} changed", organizationId);
    return OrganizationView.of(organization);
  }

  /** The language the organization's people are written to until each chooses their own (api.md "Languages"). */
  @Transactional
  public OrganizationView speak(UUID organizationId, String language) {
    Locale chosen = Languages.of(language)
        .orElseThrow(() -> new InvalidField("language", "must be one of en, de, fr, es, ja"));
    Organization organization = find(organizationId);
    organization.speak(chosen.getLanguage());
    activity.record(organizationId, "ORGANIZATION_LANGUAGE_CHANGED", "ORGANIZATION", organizationId,
        "Organization language: " + chosen.getLanguage());
    return OrganizationView.of(organization);
  }

  /** The address as stored, its country checked against ISO 3166 (400 naming the field). */
  private static PostalAddress address(PostalAddress address, String field) {
    if (address == null) {
      return null;
    }
    PostalAddress normalized = address.normalized();
    Country.of(normalized.country())
        .orElseThrow(() -> new InvalidField(field + ".country", "is not an ISO 3166 country code"));
    return normalized;
  }

  /** The active location with this id in this organization, for another capability to hang things on. */
  @Transactional(readOnly = true)
  public LocationView activeLocation(UUID organizationId, UUID locationId, String field) {
    return locations.findByIdAndOrganizationId(locationId, organizationId)
        .filter(Location::isActive)
        .map(location -> LocationView.of(location, find(organizationId)))
        .orElseThrow(() -> new InvalidField(field, "is not an active location of this organization"));
  }

  /** Which of these locations belong to the organization and are active (without reading the organization). */
  @Transactional(readOnly = true)
  public Set<UUID> activeAmong(UUID organizationId, Collection<UUID> locationIds) {
    return locations.findByOrganizationIdAndIdIn(organizationId, locationIds).stream()
        .filter(Location::isActive).map(Location::getId).collect(Collectors.toSet());
  }

  /** A location of this organization in any status (names in emails and lists). */
  @Transactional(readOnly = true)
  public LocationView location(UUID organizationId, UUID locationId) {
    return locations.findByIdAndOrganizationId(locationId, organizationId)
        .map(location -> LocationView.of(location, find(organizationId)))
        .orElseThrow(() -> new NotFound("Location", locationId));
  }

  /** R-MEM-2: at the anniversary the next program year starts; the anniversary moves a year on. */
  @Transactional
  public OrganizationView startNextProgramYear(UUID organizationId) {
    Organization organization = find(organizationId);
    organization.startNextProgramYear();
    activity.record(organizationId, "PROGRAM_YEAR_STARTED", "ORGANIZATION", organizationId,
        "Program year started; next anniversary " + organization.getAnniversaryDate());
    return OrganizationView.of(organization);
  }

  /** The organization a location belongs to (staff work by location id alone). */
  @Transactional(readOnly = true)
  public UUID organizationOf(UUID locationId) {
    return locations.findById(locationId).map(Location::getOrganizationId)
        .orElseThrow(() -> new NotFound("Location", locationId));
  }

  /** R-MEM-1 (decided): the level rises with the organization's competencies, never falls by itself. */
  @Transactional
  public void raiseMembershipTo(UUID organizationId, MembershipLevel level) {
    Organization organization = find(organizationId);
    if (organization.raiseTo(level)) {
      activity.record(organizationId, "MEMBERSHIP_RAISED", "ORGANIZATION", organizationId,
          "Membership level raised to " + level + " with a competency");
      log.info("Organization {} raised to {}", organizationId, level);
    }
  }

  /**
   * Issue 14: the organization's row locked until the caller's transaction ends, so that checks over several
   * rows of one organization (its last global admin, R-ROLE-4; no cycle of locations, R-LOC-3) and the writes
   * they allow run one after the other: no write skew. Take it before reading what the check reads.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void lock(UUID organizationId) {
    locked(organizationId);
  }

  /**
   * R-LOC-5 (decided): the location is soft-deleted and its active child locations move to its parent; what other
   * capabilities keep there follows {@link LocationDissociated} in this transaction. The caller holds the lock.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void dissociate(UUID organizationId, UUID locationId) {
    Location location = activeIn(organizationId, locationId, "locationId");
    UUID parent = location.getParentId();
    if (parent != null) {
      locations.findByOrganizationIdOrderByName(organizationId).stream()
          .filter(child -> locationId.equals(child.getParentId()) && child.isActive())
          .forEach(child -> child.moveUnder(parent));
    }
    location.dissociate();
    events.publishEvent(new LocationDissociated(organizationId, locationId, parent));
  }

  /**
   * R-LOC-7: the other organization's locations move here, its HQ a child of this HQ; it stays, emptied, marked as
   * merged. What other capabilities keep of it follows {@link OrganizationsMerged}. The caller holds both locks.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void merge(UUID organizationId, UUID otherId) {
    Organization organization = find(organizationId);
    Organization other = find(otherId);
    locations.findByOrganizationIdOrderByName(otherId).forEach(location -> location.moveTo(organizationId));
    locations.getReferenceById(other.getHqLocationId()).moveUnder(organization.getHqLocationId());
    other.mergeInto(organizationId);
    events.publishEvent(new OrganizationsMerged(organizationId, otherId, other.getHqLocationId()));
  }

  /** R-LOC-7: whether the organization merged into another one already (it cannot merge again). */
  @Transactional(readOnly = true)
  public boolean merged(UUID organizationId) {
    return find(organizationId).isMerged();
  }

  /** Locks these locations' rows until the transaction ends, always in the same order (no deadlock). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void lockLocations(Collection<UUID> locationIds) {
    locations.lockAll(locationIds);
  }

  /** Locks every location row of the organization until the transaction ends, in the same order. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void lockLocationsOf(UUID organizationId) {
    locations.lockAllOf(organizationId);
  }

  /** R-ROLE-4: the location and its ancestors up to the HQ, nearest first. */
  @Transactional(readOnly = true)
  public List<UUID> pathToRoot(UUID organizationId, UUID locationId) {
    Map<UUID, Location> byId = tree(organizationId);
    List<UUID> path = new ArrayList<>();
    for (Location at = byId.get(locationId); at != null && !path.contains(at.getId());
        at = at.getParentId() == null ? null : byId.get(at.getParentId())) {
      path.add(at.getId());
    }
    return path;
  }

  /**
   * R-LOC-3: a location moves with its whole subtree; it cannot move under itself or its own
   * descendant; the HQ stays the root (choose a new HQ instead, R-LOC-4).
   */
  @Transactional
  public LocationView move(UUID organizationId, UUID locationId, UUID newParentId) {
    Organization organization = locked(organizationId); // issue 14: two crossing moves cannot make a cycle
    Location location = activeIn(organizationId, locationId, "locationId");
    Location parent = activeIn(organizationId, newParentId, "parentId");
    if (location.getId().equals(organization.getHqLocationId())) {
      throw new BusinessRuleViolation("R-LOC-4", "The HQ is the root; select another location as HQ instead");
    }
    if (pathToRoot(organizationId, parent.getId()).contains(location.getId())) {
      throw new BusinessRuleViolation("R-LOC-3", "A location cannot move under itself or its own sub-location");
    }
    requireDepthWith(organizationId, Map.of(location.getId(), parent.getId()));
    location.moveUnder(parent.getId());
    activity.record(organizationId, "LOCATION_MOVED", "LOCATION", locationId,
        "Location " + location.getName() + " moved under " + parent.getName());
    log.info("Location {} moved under {} in organization {}", locationId, newParentId, organizationId);
    return LocationView.of(location, organization);
  }

  /** R-LOC-6: re-adds a dissociated location under an active one; lost benefits are not restored. */
  @Transactional
  public LocationView readd(UUID organizationId, UUID locationId, UUID parentId) {
    Organization organization = locked(organizationId); // issue 14: the tree changes one change at a time
    Location location = locations.findByIdAndOrganizationId(locationId, organizationId)
        .orElseThrow(() -> new NotFound("Location", locationId));
    Location parent = activeIn(organizationId, parentId, "parentId");
    requireDepthWith(organizationId, Map.of(location.getId(), parent.getId()));
    location.readd(parent.getId());
    activity.record(organizationId, "LOCATION_READDED", "LOCATION", locationId,
        "Location " + location.getName() + " re-added under " + parent.getName());
    log.info("Location {} re-added under {} in organization {}", locationId, parentId, organizationId);
    return LocationView.of(location, organization);
  }

  /**
   * R-LOC-4: the new HQ becomes the root and the old HQ its child; every other location keeps its
   * sub-hierarchy.
   */
  @Transactional
  public OrganizationView makeHeadquarters(UUID organizationId, UUID locationId) {
    Organization organization = locked(organizationId); // issue 14: the tree changes one change at a time
    Location newHq = activeIn(organizationId, locationId, "locationId");
    if (newHq.getId().equals(organization.getHqLocationId())) {
      return OrganizationView.of(organization);
    }
    Location oldHq = locations.findById(organization.getHqLocationId()).orElseThrow();
    Map<UUID, UUID> change = new HashMap<>();
    change.put(newHq.getId(), null);
    change.put(oldHq.getId(), newHq.getId());
    requireDepthWith(organizationId, change);
    newHq.moveUnder(null);
    oldHq.moveUnder(newHq.getId());
    organization.headquarteredAt(newHq);
    activity.record(organizationId, "HEADQUARTERS_CHANGED", "LOCATION", locationId,
        "Location " + newHq.getName() + " is the new HQ (was " + oldHq.getName() + ")");
    log.info("Location {} is the new HQ of organization {} (was {})", locationId, organizationId, oldHq.getId());
    return OrganizationView.of(organization);
  }

  /**
   * R-LOC-10 for R-LOC-7: the other organization's locations join this one's and its tree hangs under this HQ.
   * The caller holds both organizations' locks.
   */
  @Transactional(readOnly = true)
  public void requireRoomForMerge(UUID organizationId, UUID otherId) {
    LocationLimits.requireRoom(locations.countByOrganizationId(organizationId),
        locations.countByOrganizationId(otherId));
    Map<UUID, UUID> other = activeParents(otherId);
    other.put(find(otherId).getHqLocationId(), find(organizationId).getHqLocationId());
    requireDepthWith(organizationId, other);
  }

  /** R-LOC-10: the active tree with these locations (re)hung under these parents is deep enough. */
  private void requireDepthWith(UUID organizationId, Map<UUID, UUID> changes) {
    Map<UUID, UUID> parents = activeParents(organizationId);
    parents.putAll(changes);
    LocationLimits.requireDepth(parents);
  }

  /** Each active location's parent (null for the HQ), from one read of the tree. */
  private Map<UUID, UUID> activeParents(UUID organizationId) {
    Map<UUID, UUID> parents = new HashMap<>();
    tree(organizationId).values().stream().filter(Location::isActive)
        .forEach(location -> parents.put(location.getId(), location.getParentId()));
    return parents;
  }

  private Map<UUID, Location> tree(UUID organizationId) {
    return locations.findByOrganizationIdOrderByName(organizationId).stream()
        .collect(Collectors.toMap(Location::getId, Function.identity()));
  }

  private Location activeIn(UUID organizationId, UUID locationId, String field) {
    return locations.findByIdAndOrganizationId(locationId, organizationId)
        .filter(Location::isActive)
        .orElseThrow(() -> new InvalidField(field, "is not an active location of this organization"));
  }

  private Organization locked(UUID organizationId) {
    return organizations.lockById(organizationId).orElseThrow(() -> new NotFound("Organization", organizationId));
  }

  private Organization find(UUID organizationId) {
    return organizations.findById(organizationId).orElseThrow(() -> new NotFound("Organization", organizationId));
  }

  public static Country country(String code) {
    return Country.of(code).orElseThrow(() -> new InvalidField("country", "is not an ISO 3166 country code"));
  }
}
