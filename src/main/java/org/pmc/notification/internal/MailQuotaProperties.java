package org.pmc.notification.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pmc.mail-quota} (issue 14): the mails an organization may cause a day (UTC) when program staff set
 * nothing else: {@code new-organization} until it has paid for anything, {@code trusted} from then on.
 */
@ConfigurationProperties("pmc.mail-quota")
public record MailQuotaProperties(Integer newOrganization, Integer trusted) {

  public MailQuotaProperties {
    newOrganization = newOrganization == null ? 200 : newOrganization;
    trusted = trusted == null ? 5_000 : trusted;
  }
}
