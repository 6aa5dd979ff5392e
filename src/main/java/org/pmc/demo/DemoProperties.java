package org.pmc.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Passwords of the default users (api.md, "Default users"); each can be overridden. */
@ConfigurationProperties("pmc.demo")
public record DemoProperties(String adminPassword, String rscPassword, String leadPassword,
    String partnerPassword, String billingPassword) {

  public DemoProperties {
    adminPassword = adminPassword == null ? "admin" : adminPassword;
    rscPassword = rscPassword == null ? "rsc" : rscPassword;
    leadPassword = leadPassword == null ? "lead" : leadPassword;
    partnerPassword = partnerPassword == null ? "demo" : partnerPassword;
    billingPassword = billingPassword == null ? "billing" : billingPassword;
  }
}
