package org.pmc.reference.internal;

import org.pmc.reference.internal.CustomerReference;
/** How the activity log names a customer reference and what happened to it, in one sentence. */
public final class ReferenceActivity {

  public static final String ENTITY_TYPE = "CUSTOMER_REFERENCE";

  private ReferenceActivity() {}

  /** For example "Reference for Northwind (Cloud Productivity) created". */
  public static String summary(CustomerReference reference, String what) {
    return "Reference for " + reference.getCustomerCompany() + " (" + reference.getCompetency().title() + ") "
        + what;
  }
}
