package org.pmc.review.internal;

/**
 * IN_REVIEW until the RSC decides: COMPLETED (approved and carried out) or REJECTED; WITHDRAWN when the partner
 * withdrew it first (R-REV-4). QUESTION is how an IN_REVIEW review shows while the RSC's question waits for the
 * partner: shown, never stored.
 */
public enum ReviewStatus {
  IN_REVIEW,
  QUESTION,
  APPROVED,
  REJECTED,
  COMPLETED,
  WITHDRAWN
}
