package org.pmc.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Passwords of the default users (api.md, "Default users"); each can be overridden. The Camunda admin's is
 * {@code pmc.admin.password}, the same in both modes.
 */
@ConfigurationProperties("pmc.demo")
public record DemoProperties(String rscPassword, String leadPassword, String partnerPassword,
    String billingPassword) {

  static final String DEFAULT_PARTNER_PASSWORD = "demo";

  public DemoProperties {
    rscPassword = rscPassword == null ? "rsc" : rscPassword;
    leadPassword = leadPassword == null ? "lead" : leadPassword;
    partnerPassword = partnerPassword == null ? DEFAULT_PARTNER_PASSWORD : partnerPassword;
    billingPassword = billingPassword == null ? "billing" : billingPassword;
  }
}
