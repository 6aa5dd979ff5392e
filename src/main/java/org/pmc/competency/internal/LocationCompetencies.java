package org.pmc.competency.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.pmc.competency.CompetencyStatus;
import org.pmc.competency.internal.HeldCompetency;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LocationCompetencies extends JpaRepository<LocationCompetency, LocationCompetency.Key> {

  List<LocationCompetency> findByOrganizationId(UUID organizationId);

  List<LocationCompetency> findByLocationIdIn(Collection<UUID> locationIds);

  @Query("""
      select new org.pmc.competency.internal.HeldCompetency(c.locationId, c.competency, c.level, c.status)
      from LocationCompetency c where c.organizationId = :organizationId""")
  List<HeldCompetency> heldBy(@Param("organizationId") UUID organizationId);

  @Query("""
      select new org.pmc.competency.internal.HeldCompetency(c.locationId, c.competency, c.level, c.status)
      from LocationCompetency c where c.organizationId = :organizationId and c.locationId = :locationId""")
  List<HeldCompetency> heldAt(@Param("organizationId") UUID organizationId, @Param("locationId") UUID locationId);

  /** R-LOC-5: a dissociated location's competencies lapse (version bumped: this is a change like any other). */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("""
      update LocationCompetency c set c.status = org.pmc.competency.CompetencyStatus.LAPSED, c.updatedAt = :now, c.version = c.version + 1
      where c.locationId = :locationId and c.status in (org.pmc.competency.CompetencyStatus.ACTIVE_EARNED,
        org.pmc.competency.CompetencyStatus.ACTIVE_PRE_APPROVED)""")
  int lapseAt(@Param("locationId") UUID locationId, @Param("now") Instant now);

  /** R-LOC-7: the merged organization's competencies stay with their locations, now of this organization. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("""
      update LocationCompetency c set c.organizationId = :organizationId, c.version = c.version + 1
      where c.organizationId = :mergedOrganizationId""")
  int moveTo(@Param("organizationId") UUID organizationId, @Param("mergedOrganizationId") UUID merged);
}
