package org.pmc.competency;

/** R-COMP-2. */
public enum CompetencyStatus {
  ACTIVE_EARNED,
  ACTIVE_PRE_APPROVED,
  LAPSED,
  PENDING;

  public boolean active() {
    return this == ACTIVE_EARNED || this == ACTIVE_PRE_APPROVED;
  }
}
