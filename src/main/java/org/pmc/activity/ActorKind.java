package org.pmc.activity;

/** Who made a change: a partner user, program staff, a customer answering by email link, or the system itself. */
public enum ActorKind {
  PARTNER,
  STAFF,
  CUSTOMER,
  SYSTEM
}
