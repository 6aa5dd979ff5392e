package org.pmc.review.internal;

/**
 * A merge first waits for the other organization's consent (AWAITING_CONSENT, R-LOC-8): declined or unanswered it
 * ends DECLINED_BY_OTHER, accepted it is IN_REVIEW. IN_REVIEW until the RSC decides: COMPLETED (approved and carried out) or REJECTED; WITHDRAWN when the partner
 * withdrew it first (R-REV-4). QUESTION is how an IN_REVIEW review shows while the RSC's question waits for the
 * partner: shown, never stored.
 */
public enum ReviewStatus {
  AWAITING_CONSENT,
  IN_REVIEW,
  QUESTION,
  APPROVED,
  REJECTED,
  COMPLETED,
  WITHDRAWN,
  DECLINED_BY_OTHER
}
