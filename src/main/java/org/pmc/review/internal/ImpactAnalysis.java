package org.pmc.review.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.pmc.competency.CompetencyStanding;
import org.pmc.competency.CompetencySummary;
import org.pmc.mcp.McpService;
import org.pmc.ordering.LocationOrders;
import org.pmc.organization.LocationStatus;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.people.PeopleOfLocations.HeldAtLocation;
import org.pmc.people.PeopleOfLocations;
import org.pmc.reference.CustomerReferenceService;
import org.pmc.review.internal.DissociationImpact;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts what a dissociation (R-LOC-5) or a merge (R-LOC-7) would touch, before anything changes. */
@Component
class ImpactAnalysis {

  private final OrganizationService organizations;
  private final CompetencyStanding competencies;
  private final PeopleOfLocations people;
  private final McpService mcps;
  private final CustomerReferenceService references;
  private final LocationOrders orders;

  ImpactAnalysis(OrganizationService organizations, CompetencyStanding competencies, PeopleOfLocations people,
      McpService mcps, CustomerReferenceService references, LocationOrders orders) {
    this.orders = orders;
    this.organizations = organizations;
    this.competencies = competencies;
    this.people = people;
    this.mcps = mcps;
    this.references = references;
  }

  /** R-LOC-5, R-LOC-9: each capability counts its own rows; no module reads another's tables. */
  @Transactional(readOnly = true)
  DissociationImpact dissociation(UUID organizationId, UUID locationId) {
    LocationView location = organizations.location(organizationId, locationId);
    String parent = location.parentId() == null ? null
        : organizations.location(organizationId, location.parentId()).name();
    HeldAtLocation held = people.heldAt(locationId);
    return DissociationImpact.of(location.name(), parent,
        activeCompetencies(organizationId, Optional.of(locationId)),
        mcps.heldAt(locationId), references.countAt(locationId), held.contacts(), held.privileges(), held.people(),
        activeLocations(organizationId).filter(child -> locationId.equals(child.parentId()))
            .map(LocationView::name).sorted().toList(),
        orders.benefits(organizationId, locationId), orders.abtkOrders(locationId));
  }

  /**
   * R-REV-3: the review's impact as it stands now, computed again when the reviewer opens the decision and when it
   * is carried out. Null once the location is gone or an organization merged: nothing left to compute.
   */
  @Transactional(readOnly = true)
  Impact now(Review review) {
    if (review.getType() == ReviewType.MERGE) {
      return organizations.merged(review.getOrganizationId()) || organizations.merged(review.getOtherOrganizationId())
          ? null : merge(review.getOrganizationId(), review.getOtherOrganizationId());
    }
    LocationView location = organizations.location(review.getOrganizationId(), review.getLocationId());
    return location.status() == LocationStatus.ACTIVE ? dissociation(review.getOrganizationId(), location.id()) : null;
  }

  @Transactional(readOnly = true)
  MergeImpact merge(UUID organizationId, UUID otherOrganizationId) {
    OrganizationView organization = organizations.organization(organizationId);
    OrganizationView other = organizations.organization(otherOrganizationId);
    return MergeImpact.of(organization.name(), other.name(),
        activeCompetencies(organizationId, Optional.empty()),
        activeCompetencies(otherOrganizationId, Optional.empty()),
        (int) activeLocations(otherOrganizationId).count(), people.countOf(otherOrganizationId),
        mcps.heldBy(otherOrganizationId), references.countOf(otherOrganizationId));
  }

  private Stream<LocationView> activeLocations(UUID organizationId) {
    return organizations.locations(organizationId).stream()
        .filter(location -> location.status() == LocationStatus.ACTIVE);
  }

  private List<String> activeCompetencies(UUID organizationId, Optional<UUID> locationId) {
    List<CompetencySummary> all = competencies.summary(organizationId, locationId);
    return all.stream()
        .filter(summary -> summary.status().active())
        .map(summary -> summary.competency() + " " + summary.level()
            + (locationId.isPresent() ? "" : " at " + organizations.location(organizationId, summary.locationId()).name()))
        .sorted()
        .toList();
  }
}
