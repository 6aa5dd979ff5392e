package org.pmc.people;

/** R-ROLE-2: what an associated individual may do at a location. */
public enum Privilege {
  SOFTWARE_DOWNLOAD,
  PRODUCT_KEYS,
  LICENSE_STATEMENT,
  TRAINING_ADMIN
}
