package org.pmc.people.internal;

/** How an individual came to the organization (R-PPL-1..3). */
public enum InviteMethod {
  MULTIPLE_INVITE,
  SINGLE_INVITE,
  REQUEST
}
