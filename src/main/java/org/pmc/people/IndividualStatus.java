package org.pmc.people;

/** Where an individual stands with an organization (R-PPL-1..4). */
public enum IndividualStatus {
  REQUESTING,
  INVITED,
  AWAITING_APPROVAL,
  AWAITING_PROFILE,
  ASSOCIATED,
  REJECTED,
  REMOVED
}
