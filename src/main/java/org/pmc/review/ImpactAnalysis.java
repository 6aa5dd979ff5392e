package org.pmc.review;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pmc.competency.CompetencyStanding;
import org.pmc.competency.CompetencySummary;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts what a dissociation (R-LOC-5) or a merge (R-LOC-7) would touch, before anything changes. */
@Component
class ImpactAnalysis {

  private final OrganizationService organizations;
  private final CompetencyStanding competencies;
  private final JdbcClient jdbc;

  ImpactAnalysis(OrganizationService organizations, CompetencyStanding competencies, JdbcClient jdbc) {
    this.organizations = organizations;
    this.competencies = competencies;
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  DissociationImpact dissociation(UUID organizationId, UUID locationId) {
    LocationView location = organizations.location(organizationId, locationId);
    String parent = location.parentId() == null ? null
        : organizations.location(organizationId, location.parentId()).name();
    return DissociationImpact.of(location.name(), parent,
        activeCompetencies(organizationId, Optional.of(locationId)),
        count("select count(*) from mcp_association where location_id = ? and status <> 'REMOVED'", locationId),
        count("select count(*) from customer_reference where location_id = ?"
            + " and status in ('AWAITING_CUSTOMER', 'APPROVED')", locationId),
        jdbc.sql("select role from location_contact where location_id = ? order by role")
            .param(locationId).query(String.class).list(),
        count("select count(*) from privilege_grant where location_id = ?", locationId),
        count("select count(*) from individual where location_id = ? and status not in ('REJECTED', 'REMOVED')",
            locationId),
        jdbc.sql("select name from location where parent_id = ? and status = 'ACTIVE' order by name")
            .param(locationId).query(String.class).list());
  }

  @Transactional(readOnly = true)
  MergeImpact merge(UUID organizationId, UUID otherOrganizationId) {
    OrganizationView organization = organizations.organization(organizationId);
    OrganizationView other = organizations.organization(otherOrganizationId);
    return MergeImpact.of(organization.name(), other.name(),
        activeCompetencies(organizationId, Optional.empty()),
        activeCompetencies(otherOrganizationId, Optional.empty()),
        count("select count(*) from location where organization_id = ? and status = 'ACTIVE'", otherOrganizationId),
        count("select count(*) from individual where organization_id = ? and status not in ('REJECTED', 'REMOVED')",
            otherOrganizationId),
        count("select count(*) from mcp_association where organization_id = ? and status <> 'REMOVED'",
            otherOrganizationId),
        count("select count(*) from customer_reference where organization_id = ?", otherOrganizationId));
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

  private int count(String sql, UUID id) {
    return jdbc.sql(sql).param(id).query(Integer.class).single();
  }
}
