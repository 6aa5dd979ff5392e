package org.pmc.review.internal;

/** IN_REVIEW until the RSC decides: COMPLETED (approved and carried out) or REJECTED. */
public enum ReviewStatus {
  IN_REVIEW,
  APPROVED,
  REJECTED,
  COMPLETED
}
