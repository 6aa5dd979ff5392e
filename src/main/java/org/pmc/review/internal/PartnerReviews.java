package org.pmc.review.internal;

import java.time.Clock;
import java.util.UUID;
import org.pmc.activity.ActivityLog;
import org.pmc.web.NotFound;
import org.pmc.web.PortalUser;
import org.pmc.web.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** R-REV-4: the partner's reviews, newest first, and withdrawing one still waiting. */
@Service
class PartnerReviews {

  private static final Logger log = LoggerFactory.getLogger(PartnerReviews.class);

  private final Reviews reviews;
  private final ReviewViews views;
  private final ReviewProcess process;
  private final ActivityLog activity;
  private final Clock clock;

  PartnerReviews(Reviews reviews, ReviewViews views, ReviewProcess process, ActivityLog activity, Clock clock) {
    this.reviews = reviews;
    this.views = views;
    this.process = process;
    this.activity = activity;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  Page<ReviewView> list(UUID organizationId, Pageable pageable) {
    Page<Review> page = reviews.findByOrganizationIdOrderByCreatedAtDescIdDesc(organizationId, pageable);
    return new PageImpl<>(views.of(page.getContent()), pageable, page.getTotalElements());
  }

  /**
   * A global admin, or whoever asked, withdraws a review still waiting (409 R-REV-4 once decided); its process
   * ends in the same transaction, and with it whatever task waits.
   */
  @Transactional
  ReviewView withdraw(PortalUser user, UUID reviewId) {
    Review review = reviews.findByIdAndOrganizationId(reviewId, user.organizationId())
        .orElseThrow(() -> new NotFound("Review", reviewId));
    if (user.role() != Role.GLOBAL_ADMIN && !user.email().equalsIgnoreCase(review.getRequestedBy())) {
      throw new AccessDeniedException("Only a global admin or whoever asked for the review may withdraw it");
    }
    review.withdraw(user.email(), clock.instant());
    reviews.flush(); // the version check first: a decision taken meanwhile wins, and the process goes on
    process.withdraw(review);
    activity.record(user.organizationId(), "REVIEW_WITHDRAWN", "REVIEW", reviewId,
        "The " + review.getType().name().toLowerCase() + " request was withdrawn by " + user.email());
    log.info("Review {} withdrawn by {}", reviewId, user.email());
    return views.of(review);
  }
}
