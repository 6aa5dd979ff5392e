package org.pmc.ordering.internal;

/** What an invoice is for: every order is paid through the same invoice and payment path. */
public enum OrderType {
  ABTK,
  PLAQUE,
  ACTION_PACK,
  /** R-MEM-5: the next program year of a competency partner. */
  RENEWAL
}
