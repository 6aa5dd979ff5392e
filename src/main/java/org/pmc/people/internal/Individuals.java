package org.pmc.people.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pmc.people.internal.Individual;
import org.pmc.people.internal.IndividualStatus;
import org.pmc.web.NotFound;
import org.pmc.web.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Individuals extends JpaRepository<Individual, UUID>, JpaSpecificationExecutor<Individual> {

  /** The individual of this organization; another organization's individual is not found (404). */
  default Individual ofOrganization(UUID organizationId, UUID individualId) {
    return findById(individualId)
        .filter(found -> found.getOrganizationId().equals(organizationId))
        .orElseThrow(() -> new NotFound("Individual", individualId));
  }

  /**
   * The individual, its row locked until the transaction ends: two decisions on the same person run one after
   * the other, so the later one finds the approval task gone and is told so (409) instead of failing inside
   * the engine.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select i from Individual i where i.id = :id")
  Optional<Individual> lockById(@Param("id") UUID id);

  /**
   * Issue 13: whose latest invitation mail carried this link id (before any mail: whose id it is); none once a
   * newer mail replaced it. Link ids are name-based UUIDs (version 3) and never equal a person's random id.
   */
  @Query("select i from Individual i where i.invitationLinkId = :link"
      + " or (i.id = :link and i.invitationLinkId is null)")
  Optional<Individual> findByInvitationLink(@Param("link") UUID invitationLinkId);

  /**
   * The individual with this address (any case) and status. Read on every API call (issue 13): lower(email)
   * is what the unique address index holds, so the lookup is an index scan, not a scan of all individuals.
   */
  @Query("select i from Individual i where lower(i.email) = lower(:email) and i.status = :status")
  Optional<Individual> findByEmailAndStatus(@Param("email") String email, @Param("status") IndividualStatus status);

  /** The associated person who signs in with this address, if any (a reset mail goes to none else). */
  default Optional<Individual> signingInWith(String email) {
    return findByEmailAndStatus(email, IndividualStatus.ASSOCIATED).filter(person -> person.getPasswordHash() != null);
  }

  /** R-PPL-5: whether an organization holds the address now (invitations held elsewhere hold nothing). */
  boolean existsByEmailIgnoreCaseAndStatusNotInAndHeldElsewhereFalse(String email,
      Collection<IndividualStatus> statuses);

  /** R-PPL-5: whether an organization holds the address now. */
  default boolean isHeld(String email) {
    return existsByEmailIgnoreCaseAndStatusNotInAndHeldElsewhereFalse(email.trim(), IndividualStatus.GONE);
  }

  /** R-PPL-5: whether this organization has the address already, on its way in or associated. */
  boolean existsByOrganizationIdAndEmailIgnoreCaseAndStatusNotIn(UUID organizationId, String email,
      Collection<IndividualStatus> statuses);

  /** R-PPL-5, R-PPL-7: who holds this address now (at most one, by the unique address index), row locked. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select i from Individual i where lower(i.email) = lower(:email) and i.status not in :gone"
      + " and i.heldElsewhere = false")
  Optional<Individual> lockHolderOf(@Param("email") String email, @Param("gone") Collection<IndividualStatus> gone);

  Optional<Individual> findFirstByEmailIgnoreCaseAndStatusNotIn(String email, Collection<IndividualStatus> statuses);

  Page<Individual> findByOrganizationId(UUID organizationId, Pageable pageable);

  /** R-PPL-5: which of these (lower-case) addresses an organization holds now. */
  @Query("select lower(i.email) from Individual i where lower(i.email) in :emails and i.status not in :gone"
      + " and i.heldElsewhere = false")
  Set<String> takenAmong(@Param("emails") Collection<String> emails,
      @Param("gone") Collection<IndividualStatus> gone);

  /** R-PPL-5: which of these (lower-case) addresses this organization has already, on their way in or associated. */
  @Query("select lower(i.email) from Individual i where i.organizationId = :org and lower(i.email) in :emails"
      + " and i.status not in :gone")
  Set<String> ofOrganizationAmong(@Param("org") UUID organizationId, @Param("emails") Collection<String> emails,
      @Param("gone") Collection<IndividualStatus> gone);

  List<Individual> findByOrganizationIdAndRoleAndStatus(UUID organizationId, Role role, IndividualStatus status);

  long countByOrganizationIdAndRoleAndStatus(UUID organizationId, Role role, IndividualStatus status);

  /** How many people of the organization stand at each status: {status, count} rows. */
  @Query("select i.status, count(i) from Individual i where i.organizationId = :org group by i.status")
  List<Object[]> countByStatus(@Param("org") UUID organizationId);

  long countByOrganizationIdAndStatusInAndInvitationSentAtIsNull(UUID organizationId,
      Collection<IndividualStatus> statuses);

  long countByOrganizationIdAndStatusInAndInvitationSentAtIsNotNull(UUID organizationId,
      Collection<IndividualStatus> statuses);

  /** R-LOC-5: the people of a dissociated location move to its parent, versions bumped. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("""
      update Individual i set i.locationId = :parentId, i.version = i.version + 1 where i.locationId = :locationId
      and i.status not in (org.pmc.people.internal.IndividualStatus.REJECTED, org.pmc.people.internal.IndividualStatus.REMOVED)""")
  int moveToParent(@Param("locationId") UUID locationId, @Param("parentId") UUID parentId);

  @Query("""
      select i.id from Individual i where i.organizationId = :organizationId
      and i.status = org.pmc.people.internal.IndividualStatus.ASSOCIATED""")
  List<UUID> associatedIds(@Param("organizationId") UUID organizationId);

  /**
   * R-LOC-7 (decided): the merged organization's people move here; its global admins become location admins (of
   * their former HQ, given them before). Versions bumped.
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("""
      update Individual i set i.organizationId = :organizationId, i.version = i.version + 1,
      i.role = case when i.role = org.pmc.web.Role.GLOBAL_ADMIN then org.pmc.web.Role.LOCATION_ADMIN else i.role end
      where i.organizationId = :mergedOrganizationId""")
  int moveTo(@Param("organizationId") UUID organizationId, @Param("mergedOrganizationId") UUID merged);

  long countByLocationIdAndStatusNotIn(UUID locationId, Collection<IndividualStatus> statuses);

  long countByOrganizationIdAndStatusNotIn(UUID organizationId, Collection<IndividualStatus> statuses);
}
