package org.pmc.ordering.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pmc.competency.CompetencyStanding;
import org.pmc.competency.CompetencySummary;
import org.pmc.membership.MembershipService;
import org.pmc.ordering.internal.BenefitView;
import org.pmc.organization.LocationStatus;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The benefits a location holds, by source: MEMBERSHIP (the organization's level, R-MEM-2, listed under the HQ),
 * COMPETENCY (each competency active at the location, at its level) and ABTK (what its fulfilled ABTKs granted,
 * until they expire, R-ABTK-10, R-ABTK-11). All end on the anniversary unless renewed.
 */
@Service
public class LocationBenefits {

  private final JdbcClient jdbc;
  private final OrganizationService organizations;
  private final MembershipService membership;
  private final CompetencyStanding competencies;

  LocationBenefits(JdbcClient jdbc, OrganizationService organizations, MembershipService membership,
      CompetencyStanding competencies) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.membership = membership;
    this.competencies = competencies;
  }

  /**
   * For one location, or for every active location when none is given; one page of them. Issue 14: a fixed number
   * of statements whatever the number of locations (at most 2,000, R-LOC-10), paged in memory.
   */
  @Transactional(readOnly = true)
  public Page<BenefitView> benefits(UUID organizationId, Optional<UUID> locationId, Pageable pageable) {
    return Paging.slice(all(organizationId, locationId), pageable);
  }

  /** Every benefit of the location (or of every active location), for an export. */
  @Transactional(readOnly = true)
  public List<BenefitView> all(UUID organizationId, Optional<UUID> locationId) {
    OrganizationView organization = organizations.organization(organizationId);
    List<UUID> locations = locationId.map(id -> List.of(organizations.location(organizationId, id).id()))
        .orElseGet(() -> organizations.locations(organizationId).stream()
            .filter(location -> location.status() == LocationStatus.ACTIVE).map(LocationView::id).toList());
    LocalDate anniversary = organization.anniversaryDate();
    List<CompetencySummary> held = competencies.summary(organizationId, Optional.empty());
    Map<String, List<CatalogBenefit>> catalog = competencyCatalog();
    Map<UUID, List<BenefitView>> granted = abtkBenefits(locations);
    List<BenefitView> benefits = new ArrayList<>();
    for (UUID location : locations) {
      if (location.equals(organization.hqLocationId())) {
        membership.levelBenefits(organizationId).forEach(benefit -> benefits.add(new BenefitView(location,
            benefit.code(), benefit.title(), benefit.quantity(), "MEMBERSHIP", anniversary)));
      }
      held.stream().filter(competency -> competency.locationId().equals(location))
          .filter(competency -> competency.status().active() && competency.level() != null)
          .forEach(competency -> catalog.getOrDefault(key(competency), List.of()).forEach(benefit -> benefits.add(
              new BenefitView(location, benefit.code(), benefit.title(), benefit.quantity(), "COMPETENCY",
                  anniversary))));
      benefits.addAll(granted.getOrDefault(location, List.of()));
    }
    return benefits;
  }

  /** What an active competency brings its location, per competency and level: the table ABTKs add to. */
  private Map<String, List<CatalogBenefit>> competencyCatalog() {
    Map<String, List<CatalogBenefit>> catalog = new HashMap<>();
    jdbc.sql("select competency, level, benefit_code, title, quantity from abtk_benefit order by benefit_code")
        .query(rs -> {
          catalog.computeIfAbsent(rs.getString("competency") + "/" + rs.getString("level"), key -> new ArrayList<>())
              .add(new CatalogBenefit(rs.getString("benefit_code"), rs.getString("title"), rs.getInt("quantity")));
        });
    return catalog;
  }

  private static String key(CompetencySummary competency) {
    return competency.competency().name() + "/" + competency.level().name();
  }

  /** R-ABTK-10: granted by an ABTK and not yet expired, summed per location, benefit and expiry date. */
  private Map<UUID, List<BenefitView>> abtkBenefits(List<UUID> locations) {
    Map<UUID, List<BenefitView>> byLocation = new HashMap<>();
    if (locations.isEmpty()) {
      return byLocation;
    }
    jdbc.sql("""
        select g.location_id, g.benefit_code, min(b.title) title, sum(g.quantity) quantity, g.expires_on
        from abtk_benefit_grant g join abtk_benefit b on b.benefit_code = g.benefit_code
          and b.competency = g.competency and b.level = 'SILVER'
        where g.location_id in (:locations) and g.expired_at is null
        group by g.location_id, g.benefit_code, g.expires_on order by g.location_id, g.benefit_code""")
        .param("locations", locations)
        .query(rs -> {
          UUID location = rs.getObject("location_id", UUID.class);
          byLocation.computeIfAbsent(location, id -> new ArrayList<>()).add(new BenefitView(location,
              rs.getString("benefit_code"), rs.getString("title"), rs.getInt("quantity"), "ABTK",
              rs.getObject("expires_on", LocalDate.class)));
        });
    return byLocation;
  }

  private record CatalogBenefit(String code, String title, int quantity) {}
}
