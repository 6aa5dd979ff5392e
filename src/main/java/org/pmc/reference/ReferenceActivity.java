package org.pmc.reference;

/** How the activity log names a customer reference and what happened to it, in one sentence. */
final class ReferenceActivity {

  static final String ENTITY_TYPE = "CUSTOMER_REFERENCE";

  private ReferenceActivity() {}

  /** For example "Reference for Northwind (Cloud Productivity) created". */
  static String summary(CustomerReference reference, String what) {
    return "Reference for " + reference.getCustomerCompany() + " (" + reference.getCompetency().title() + ") "
        + what;
  }
}
