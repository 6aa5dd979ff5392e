package org.pmc.people.internal;

import java.util.EnumSet;
import java.util.Set;

/** Where an individual stands with an organization (R-PPL-1..4). */
public enum IndividualStatus {
  REQUESTING,
  INVITED,
  AWAITING_APPROVAL,
  AWAITING_PROFILE,
  ASSOCIATED,
  REJECTED,
  REMOVED;

  /** Statuses that hold nothing: the address is free of them (R-PPL-4, R-PPL-5). */
  static final Set<IndividualStatus> GONE = EnumSet.of(REJECTED, REMOVED);
}
