package org.pmc.organization;

/** Membership levels of the program (R-MEM-1). */
public enum MembershipLevel {
  NETWORK(5),
  ACTION_PACK(5),
  SILVER(10),
  GOLD(20),
  GOLD_CLOUD(20);

  private final int softwareDownloadLimit;

  MembershipLevel(int softwareDownloadLimit) {
    this.softwareDownloadLimit = softwareDownloadLimit;
  }

  /** R-ROLE-3 (decided): how many people of the organization may hold SOFTWARE_DOWNLOAD. */
  public int softwareDownloadLimit() {
    return softwareDownloadLimit;
  }
}
