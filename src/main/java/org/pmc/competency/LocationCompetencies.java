package org.pmc.competency;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LocationCompetencies extends JpaRepository<LocationCompetency, LocationCompetency.Key> {

  List<LocationCompetency> findByOrganizationId(UUID organizationId);

  List<LocationCompetency> findByLocationIdIn(Collection<UUID> locationIds);

  @Query("""
      select new org.pmc.competency.HeldCompetency(c.locationId, c.competency, c.level, c.status)
      from LocationCompetency c where c.organizationId = :organizationId""")
  List<HeldCompetency> heldBy(@Param("organizationId") UUID organizationId);

  @Query("""
      select new org.pmc.competency.HeldCompetency(c.locationId, c.competency, c.level, c.status)
      from LocationCompetency c where c.organizationId = :organizationId and c.locationId = :locationId""")
  List<HeldCompetency> heldAt(@Param("organizationId") UUID organizationId, @Param("locationId") UUID locationId);

  /** Locks these locations' rows until the transaction ends, always in the same order (no deadlock). */
  @Query(value = "select id from location where id in (:ids) order by id for update", nativeQuery = true)
  List<UUID> lockLocations(@Param("ids") Collection<UUID> locationIds);

  /** Locks every location row of the organization until the transaction ends, in the same order. */
  @Query(value = "select id from location where organization_id = :organizationId order by id for update",
      nativeQuery = true)
  List<UUID> lockLocationsOf(@Param("organizationId") UUID organizationId);

  /** Locks the organization's row until the transaction ends. */
  @Query(value = "select 1 from organization where id = :organizationId for update", nativeQuery = true)
  Integer lockOrganization(@Param("organizationId") UUID organizationId);
}
