package org.pmc.review.internal;

import java.util.UUID;
import org.pmc.organization.OrganizationService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a review is about, in the words a reviewer scans a Tasklist for: "Dissociation of Lyon — Contoso Partners",
 * "Merge of Fabrikam into Contoso Partners" (R-REV-1: the reviewer sees whom they review).
 */
@Component
class ReviewSubjects {

  private final Reviews reviews;
  private final OrganizationService organizations;

  ReviewSubjects(Reviews reviews, OrganizationService organizations) {
    this.reviews = reviews;
    this.organizations = organizations;
  }

  @Transactional(readOnly = true)
  String subject(UUID reviewId) {
    Review review = reviews.findById(reviewId).orElseThrow();
    String organization = organizations.organization(review.getOrganizationId()).name();
    if (review.getType() == ReviewType.MERGE) {
      return "Merge of " + organizations.organization(review.getOtherOrganizationId()).name() + " into "
          + organization;
    }
    return "Dissociation of " + organizations.location(review.getOrganizationId(), review.getLocationId()).name()
        + " — " + organization;
  }
}
