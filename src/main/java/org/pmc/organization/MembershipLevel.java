package org.pmc.organization;

/** Membership levels of the program (R-MEM-1). */
public enum MembershipLevel {
  NETWORK,
  ACTION_PACK,
  SILVER,
  GOLD,
  GOLD_CLOUD
}
