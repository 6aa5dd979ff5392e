package org.pmc.ordering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pmc.competency.CompetencyStanding;
import org.pmc.competency.CompetencySummary;
import org.pmc.membership.MembershipService;
import org.pmc.organization.LocationStatus;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The benefits a location holds, by source: MEMBERSHIP (the organization's level, R-MEM-2, listed under the HQ),
 * COMPETENCY (each competency active at the location, at its level) and ABTK (what its fulfilled ABTKs granted,
 * until they expire, R-ABTK-10, R-ABTK-11). All end on the anniversary unless renewed.
 */
@Service
class LocationBenefits {

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

  /** For one location, or for every active location when none is given. */
  @Transactional(readOnly = true)
  public List<BenefitView> benefits(UUID organizationId, Optional<UUID> locationId) {
    OrganizationView organization = organizations.organization(organizationId);
    List<UUID> locations = locationId.map(id -> List.of(organizations.location(organizationId, id).id()))
        .orElseGet(() -> organizations.locations(organizationId).stream()
            .filter(location -> location.status() == LocationStatus.ACTIVE).map(LocationView::id).toList());
    LocalDate anniversary = organization.anniversaryDate();
    List<CompetencySummary> held = competencies.summary(organizationId, Optional.empty());
    List<BenefitView> benefits = new ArrayList<>();
    for (UUID location : locations) {
      if (location.equals(organization.hqLocationId())) {
        membership.levelBenefits(organizationId).forEach(benefit -> benefits.add(new BenefitView(location,
            benefit.code(), benefit.title(), benefit.quantity(), "MEMBERSHIP", anniversary)));
      }
      held.stream().filter(competency -> competency.locationId().equals(location))
          .filter(competency -> competency.status().active() && competency.level() != null)
          .forEach(competency -> benefits.addAll(competencyBenefits(competency, anniversary)));
      benefits.addAll(abtkBenefits(location));
    }
    return benefits;
  }

  /** What an active competency brings its location, from the same per-competency table ABTKs add to. */
  private List<BenefitView> competencyBenefits(CompetencySummary competency, LocalDate anniversary) {
    return jdbc.sql("""
        select benefit_code, title, quantity from abtk_benefit where competency = ? and level = ?
        order by benefit_code""")
        .params(competency.competency().name(), competency.level().name())
        .query((rs, n) -> new BenefitView(competency.locationId(), rs.getString(1), rs.getString(2), rs.getInt(3),
            "COMPETENCY", anniversary))
        .list();
  }

  /** R-ABTK-10: granted by an ABTK and not yet expired, summed per benefit and expiry date. */
  private List<BenefitView> abtkBenefits(UUID location) {
    return jdbc.sql("""
        select g.benefit_code, min(b.title) title, sum(g.quantity) quantity, g.expires_on
        from abtk_benefit_grant g join abtk_benefit b on b.benefit_code = g.benefit_code
          and b.competency = g.competency and b.level = 'SILVER'
        where g.location_id = ? and g.expired_at is null
        group by g.benefit_code, g.expires_on order by g.benefit_code""")
        .param(location)
        .query((rs, n) -> new BenefitView(location, rs.getString("benefit_code"), rs.getString("title"),
            rs.getInt("quantity"), "ABTK", rs.getObject("expires_on", LocalDate.class)))
        .list();
  }
}
