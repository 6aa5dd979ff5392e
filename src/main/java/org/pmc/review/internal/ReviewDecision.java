package org.pmc.review.internal;

/** R-REV-1: what the reviewer (or the lead) decides: approve, reject, or ask the partner a question first. */
public enum ReviewDecision {
  APPROVE,
  REJECT,
  ASK
}
