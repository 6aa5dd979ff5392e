package org.pmc.review;

import java.util.UUID;
import org.pmc.review.internal.LocationReviews;
import org.springframework.stereotype.Service;

/**
 * A partner's request to dissociate a location (R-LOC-5), for callers that are not the portal's Locations page,
 * such as the demo organization: the same impact, RSC review in Tasklist and mails.
 */
@Service
public class DissociationRequests {

  private final LocationReviews reviews;

  DissociationRequests(LocationReviews reviews) {
    this.reviews = reviews;
  }

  /** R-LOC-5: the request, its impact and the RSC review start together. The review's id. */
  public UUID request(UUID organizationId, UUID locationId, String reason, String requestedBy) {
    return reviews.requestDissociation(organizationId, locationId, reason, requestedBy).id();
  }

  /** Whether the organization ever asked for a review (a dissociation or a merge). */
  public boolean anyRequested(UUID organizationId) {
    return reviews.anyRequestedBy(organizationId);
  }
}
