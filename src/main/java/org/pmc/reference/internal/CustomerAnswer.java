package org.pmc.reference.internal;

/** What the customer said about the reference (R-REF-2); {@code NONE} when the request ran out. */
public enum CustomerAnswer {
  CONFIRM,
  DECLINE,
  NONE
}
