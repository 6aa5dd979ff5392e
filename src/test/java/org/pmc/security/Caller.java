package org.pmc.security;

/**
 * Who calls an endpoint in the access-control matrix, in the order the matrix calls them: refused callers
 * first, so that a state change made by an allowed caller cannot hide a refusal.
 */
enum Caller {
  ANONYMOUS,
  /** Billing staff (Camunda identity, groups billing and support): no program records (issue 14). */
  BILLING_STAFF,
  /** Program staff (Camunda identity, groups rsc and support). */
  STAFF,
  /** The global admin of another organization. */
  OTHER_ORGANIZATION_ADMIN,
  MEMBER,
  /** A location admin of the organization who does not manage the location the request is about. */
  LOCATION_ADMIN_OUTSIDE,
  /** A location admin who manages the location the request is about. */
  LOCATION_ADMIN_INSIDE,
  GLOBAL_ADMIN
}
