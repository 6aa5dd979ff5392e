package org.pmc.web;

/** What an associated individual may do in the portal and API (R-ROLE-4). */
public enum Role {
  GLOBAL_ADMIN,
  LOCATION_ADMIN,
  MEMBER
}
