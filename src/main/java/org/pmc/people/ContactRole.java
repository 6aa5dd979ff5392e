package org.pmc.people;

/** R-ROLE-1 (decided set): who Microsoft talks to at a location. */
public enum ContactRole {
  PRIMARY,
  BILLING,
  MARKETING,
  TECHNICAL
}
