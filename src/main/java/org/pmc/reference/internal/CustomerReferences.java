package org.pmc.reference.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pmc.competency.CountingReference;
import org.pmc.reference.ReferenceStatus;
import org.pmc.reference.internal.CustomerReference;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomerReferences extends JpaRepository<CustomerReference, UUID>,
    JpaSpecificationExecutor<CustomerReference> {

  /** R-COMP-3: approved, unexpired references per location and competency, as (location, competency, count). */
  @Query("""
      select r.locationId, r.competency, count(r) from CustomerReference r
      where r.organizationId = :organizationId and r.status = org.pmc.reference.ReferenceStatus.APPROVED
      and r.expiresAt > :now group by r.locationId, r.competency""")
  List<Object[]> approvedCounts(@Param("organizationId") UUID organizationId, @Param("now") Instant now);

  /** The same for some locations of the organization. */
  @Query("""
      select r.locationId, r.competency, count(r) from CustomerReference r
      where r.locationId in :locationIds and r.organizationId = :organizationId
      and r.status = org.pmc.reference.ReferenceStatus.APPROVED and r.expiresAt > :now
      group by r.locationId, r.competency""")
  List<Object[]> approvedCountsAt(@Param("organizationId") UUID organizationId,
      @Param("locationIds") Collection<UUID> locationIds, @Param("now") Instant now);

  /** R-COMP-3: the references behind {@link #approvedCounts}, soonest to expire first. */
  @Query("""
      select new org.pmc.competency.CountingReference(r.id, r.locationId, r.competency, r.customerCompany,
        r.expiresAt)
      from CustomerReference r
      where r.organizationId = :organizationId and r.status = org.pmc.reference.ReferenceStatus.APPROVED
      and r.expiresAt > :now order by r.expiresAt, r.id""")
  List<CountingReference> counting(@Param("organizationId") UUID organizationId, @Param("now") Instant now);

  /** The same at one location of the organization. */
  @Query("""
      select new org.pmc.competency.CountingReference(r.id, r.locationId, r.competency, r.customerCompany,
        r.expiresAt)
      from CustomerReference r
      where r.locationId = :locationId and r.organizationId = :organizationId
      and r.status = org.pmc.reference.ReferenceStatus.APPROVED and r.expiresAt > :now
      order by r.expiresAt, r.id""")
  List<CountingReference> countingAt(@Param("organizationId") UUID organizationId,
      @Param("locationId") UUID locationId, @Param("now") Instant now);

  long countByOrganizationIdAndStatus(UUID organizationId, ReferenceStatus status);

  Optional<CustomerReference> findByIdAndOrganizationId(UUID id, UUID organizationId);

  long countByLocationIdAndStatusIn(UUID locationId, Collection<ReferenceStatus> statuses);

  long countByOrganizationId(UUID organizationId);

  /** R-LOC-9: the references of a dissociated location still awaiting their customer move to its parent. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("""
      update CustomerReference r set r.locationId = :parentId, r.version = r.version + 1
      where r.locationId = :locationId and r.status = org.pmc.reference.ReferenceStatus.AWAITING_CUSTOMER""")
  int moveAwaitingCustomer(@Param("locationId") UUID locationId, @Param("parentId") UUID parentId);

  /** R-LOC-7: the merged organization's customer references move here, versions bumped. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("""
      update CustomerReference r set r.organizationId = :organizationId, r.version = r.version + 1
      where r.organizationId = :mergedOrganizationId""")
  int moveTo(@Param("organizationId") UUID organizationId, @Param("mergedOrganizationId") UUID merged);

  /**
   * The organization's references created in [from, to), counted per month and (current) status, as (month, status,
   * count): the month is the 1-based bucket of {@code bounds}, a Postgres timestamptz array literal of the months'
   * starts and the end, computed by the caller in the program's time zone, so the database's zone never matters.
   */
  @Query(value = """
      select width_bucket(created_at, cast(:bounds as timestamptz[])) as month, status, count(*) as references
      from customer_reference
      where organization_id = :organizationId and created_at >= :from and created_at < :to
      group by 1, 2""", nativeQuery = true)
  List<Object[]> countsPerMonth(@Param("organizationId") UUID organizationId, @Param("bounds") String bounds,
      @Param("from") Instant from, @Param("to") Instant to);
}
