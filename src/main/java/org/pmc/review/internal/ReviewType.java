package org.pmc.review.internal;

/** What an RSC review is about (R-LOC-5, R-LOC-7). */
public enum ReviewType {
  DISSOCIATION,
  MERGE
}
