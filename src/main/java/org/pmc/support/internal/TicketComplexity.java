package org.pmc.support.internal;

/** How involved the partner says the question is (R-SUP-2). */
public enum TicketComplexity {
  LOW, HIGH
}
