package org.pmc.review.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pmc.review.internal.Review;
import org.pmc.review.internal.ReviewStatus;
import org.pmc.review.internal.ReviewType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Reviews extends JpaRepository<Review, UUID> {

  Optional<Review> findByIdAndOrganizationId(UUID id, UUID organizationId);

  /** R-LOC-8: a merge request as the organization asked for its consent sees it. */
  Optional<Review> findByIdAndOtherOrganizationId(UUID id, UUID otherOrganizationId);

  /** R-LOC-8: whether a merge of these two organizations waits already (for consent or for the RSC). */
  boolean existsByOrganizationIdAndOtherOrganizationIdAndStatusIn(UUID organizationId, UUID otherOrganizationId,
      Collection<ReviewStatus> statuses);

  /** R-LOC-8: the reviews still waiting that an organization asked for or was asked to consent to. */
  @Query("select r from Review r where (r.organizationId = :id or r.otherOrganizationId = :id) and r.status in :statuses")
  List<Review> findWaitingInvolving(@Param("id") UUID organizationId,
      @Param("statuses") Collection<ReviewStatus> statuses);

  boolean existsByLocationIdAndStatus(UUID locationId, ReviewStatus status);

  boolean existsByOrganizationIdAndTypeAndStatus(UUID organizationId, ReviewType type, ReviewStatus status);

  /** R-REV-4: the organization's reviews, newest first (id breaks ties so pages never overlap). */
  Page<Review> findByOrganizationIdOrderByCreatedAtDescIdDesc(UUID organizationId, Pageable page);
}
