package org.pmc.reference;

/** R-REF-4. */
public enum ReferenceStatus {
  AWAITING_CUSTOMER,
  APPROVED,
  DECLINED,
  UNCONFIRMED,
  EXPIRED,
  WITHDRAWN
}
