package org.pmc.organization.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pmc.organization.LocationView;
import org.pmc.organization.internal.Location;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Locations extends JpaRepository<Location, UUID> {

  List<Location> findByOrganizationIdOrderByName(UUID organizationId);

  Optional<Location> findByIdAndOrganizationId(UUID id, UUID organizationId);

  List<Location> findByOrganizationIdAndIdIn(UUID organizationId, Collection<UUID> ids);

  /** The organization's locations by name as the API shows them, read as plain rows (a frequent read). */
  @Query("""
      select new org.pmc.organization.LocationView(l.id, l.name, l.country, l.currency, l.parentId,
        case when l.id = o.hqLocationId then true else false end, l.status, l.address.line1, l.address.line2,
        l.address.city, l.address.postalCode, l.address.region, l.address.country)
      from Location l join Organization o on o.id = l.organizationId
      where l.organizationId = :organizationId order by l.name""")
  List<LocationView> viewsOf(@Param("organizationId") UUID organizationId);

  /** One page of {@link #viewsOf(UUID)} (issue 14), ties broken by id so that pages never overlap. */
  @Query(value = """
      select new org.pmc.organization.LocationView(l.id, l.name, l.country, l.currency, l.parentId,
        case when l.id = o.hqLocationId then true else false end, l.status, l.address.line1, l.address.line2,
        l.address.city, l.address.postalCode, l.address.region, l.address.country)
      from Location l join Organization o on o.id = l.organizationId
      where l.organizationId = :organizationId order by l.name, l.id""",
      countQuery = "select count(l) from Location l where l.organizationId = :organizationId")
  Page<LocationView> viewsOf(@Param("organizationId") UUID organizationId, Pageable pageable);

  /** R-LOC-10: every location counts, dissociated ones too. */
  long countByOrganizationId(UUID organizationId);

  /** Locks these rows until the transaction ends, in id order so that two lockers cannot deadlock. */
  @Query(value = "select id from location where id in (:ids) order by id for update", nativeQuery = true)
  List<UUID> lockAll(@Param("ids") Collection<UUID> locationIds);

  @Query(value = "select id from location where organization_id = :organizationId order by id for update",
      nativeQuery = true)
  List<UUID> lockAllOf(@Param("organizationId") UUID organizationId);
}
