package org.pmc.demo.internal;

import org.pmc.notification.NotificationProperties;
import org.pmc.platform.DeploymentMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a newcomer, once the app takes requests, that this is demo mode and where to start: the demo accounts,
 * the caught mail and the consoles (issue 13). A password someone configured is never printed.
 */
@Component
@ConditionalOnProperty(name = "pmc.mode", havingValue = "demo")
class DemoBanner {

  private static final Logger log = LoggerFactory.getLogger(DemoBanner.class);

  private final NotificationProperties notification;
  private final DemoProperties passwords;
  private final String adminPassword;
  private final boolean demoData;
  private final boolean mailCaught;

  DemoBanner(NotificationProperties notification, DemoProperties passwords,
      @Value("${pmc.admin.password}") String adminPassword, @Value("${pmc.demo-data:false}") boolean demoData,
      @Value("${spring.mail.host:}") String mailHost) {
    this.notification = notification;
    this.passwords = passwords;
    this.adminPassword = adminPassword;
    this.demoData = demoData;
    this.mailCaught = mailHost.isBlank();
  }

  @EventListener(ApplicationReadyEvent.class)
  void print() {
    String url = notification.publicUrl();
    StringBuilder banner = new StringBuilder("""

        Partner Membership Center is ready, in DEMO MODE: not for real data (production: docs/security.md).
          Portal      %1$s/portal
          Tasklist    %1$s/camunda/app/tasklist/    Cockpit %1$s/camunda/app/cockpit/
          API         %1$s/swagger-ui.html          (HTTP Basic with a portal email and password)
        """.formatted(url));
    if (mailCaught) {
      banner.append("  Caught mail %s/dev/mailbox               (every mail the app sent, from this machine only)\n"
          .formatted(url));
    }
    banner.append("  Accounts    Camunda admin: admin / ").append(shown(adminPassword, DeploymentMode.DEMO_ADMIN_PASSWORD))
        .append('\n');
    if (demoData) {
      banner.append("              partner admin: ").append(DemoData.DEMO_ADMIN).append(" / ")
          .append(shown(passwords.partnerPassword(), DemoProperties.DEFAULT_PARTNER_PASSWORD))
          .append(" (Fabrikam to merge with: ").append(DemoOrganizations.FABRIKAM_ADMIN).append(", the same)\n")
          .append("              RSC reviewer: rsc / ")
          .append(shown(passwords.rscPassword(), DemoProperties.DEFAULT_RSC_PASSWORD))
          .append(", RSC lead: lead / ")
          .append(shown(passwords.leadPassword(), DemoProperties.DEFAULT_LEAD_PASSWORD))
          .append(", billing: billing / ")
          .append(shown(passwords.billingPassword(), DemoProperties.DEFAULT_BILLING_PASSWORD)).append('\n');
    }
    log.info(banner.toString());
  }

  private static String shown(String password, String demoDefault) {
    return demoDefault.equals(password) ? demoDefault : "(the password you configured)";
  }
}
