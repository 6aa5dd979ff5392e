package org.pmc.support.internal;

/** How urgent the partner says the ticket is (R-SUP-2). */
public enum TicketPriority {
  LOW, MEDIUM, HIGH
}
