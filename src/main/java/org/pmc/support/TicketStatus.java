package org.pmc.support;

/** Where a ticket stands (R-SUP-4). */
public enum TicketStatus {
  OPEN, ANSWERED, REOPENED, CLOSED
}
