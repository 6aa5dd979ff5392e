package org.pmc.membership.internal;

/** R-SW-2: on-premises software is downloaded; online services are activated, not downloaded. */
public enum Delivery {
  ON_PREMISES,
  ONLINE_SERVICE
}
