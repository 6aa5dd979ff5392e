package org.pmc.organization;

/** A dissociated location is kept for history and re-adding (R-LOC-5, R-LOC-6). */
public enum LocationStatus {
  ACTIVE,
  DISSOCIATED
}
