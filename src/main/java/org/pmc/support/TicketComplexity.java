package org.pmc.support;

/** How involved the partner says the question is (R-SUP-2). */
public enum TicketComplexity {
  LOW, HIGH
}
