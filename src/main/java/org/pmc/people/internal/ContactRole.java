package org.pmc.people.internal;

/** R-ROLE-1 (decided set): who Microsoft talks to at a location. */
public enum ContactRole {
  PRIMARY,
  BILLING,
  MARKETING,
  TECHNICAL
}
