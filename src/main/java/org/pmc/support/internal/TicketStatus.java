package org.pmc.support.internal;

/** Where a ticket stands (R-SUP-4). */
public enum TicketStatus {
  OPEN, ANSWERED, REOPENED, CLOSED
}
