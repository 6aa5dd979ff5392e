package org.pmc.demo.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Passwords of the default users (api.md, "Default users"); each can be overridden. The Camunda admin's is
 * {@code pmc.admin.password}, the same in both modes. Staff passwords are under the staff password policy
 * (issue 13), which refuses a password containing the user id, so none is the user's own name.
 */
@ConfigurationProperties("pmc.demo")
public record DemoProperties(String rscPassword, String leadPassword, String partnerPassword,
    String billingPassword) {

  static final String DEFAULT_PARTNER_PASSWORD = "demo";
  static final String DEFAULT_RSC_PASSWORD = "reviewer-demo";
  static final String DEFAULT_LEAD_PASSWORD = "approver-demo";
  static final String DEFAULT_BILLING_PASSWORD = "invoices-demo";

  public DemoProperties {
    rscPassword = rscPassword == null ? DEFAULT_RSC_PASSWORD : rscPassword;
    leadPassword = leadPassword == null ? DEFAULT_LEAD_PASSWORD : leadPassword;
    partnerPassword = partnerPassword == null ? DEFAULT_PARTNER_PASSWORD : partnerPassword;
    billingPassword = billingPassword == null ? DEFAULT_BILLING_PASSWORD : billingPassword;
  }
}
