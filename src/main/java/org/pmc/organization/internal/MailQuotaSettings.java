package org.pmc.organization.internal;

import java.util.UUID;
import org.pmc.activity.ActivityLog;
import org.pmc.notification.MailQuota;
import org.pmc.notification.MailQuotaView;
import org.pmc.organization.OrganizationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organization's daily mail quota as program staff and its people see it (issue 14). The quota itself is the
 * notification capability's ({@link MailQuota}); this adds what only the organization's owner knows: whether the
 * organization exists, and the entry in its activity log when staff change the limit.
 */
@Service
public class MailQuotaSettings {

  private static final Logger log = LoggerFactory.getLogger(MailQuotaSettings.class);

  private final OrganizationService organizations;
  private final MailQuota quota;
  private final ActivityLog activity;

  MailQuotaSettings(OrganizationService organizations, MailQuota quota, ActivityLog activity) {
    this.organizations = organizations;
    this.quota = quota;
    this.activity = activity;
  }

  @Transactional(readOnly = true)
  public MailQuotaView quota(UUID organizationId) {
    organizations.organization(organizationId);
    return quota.status(organizationId);
  }

  /** Staff raise (or lower, or with {@code null} reset) the limit; recorded in the organization's activity log. */
  @Transactional
  public MailQuotaView setDailyLimit(UUID organizationId, Integer dailyLimit, String staff) {
    organizations.organization(organizationId);
    MailQuotaView changed = quota.setDailyLimit(organizationId, dailyLimit, staff);
    activity.record(organizationId, "MAIL_QUOTA_CHANGED", "ORGANIZATION", organizationId,
        dailyLimit == null ? "Daily mail quota back to the default: " + changed.dailyLimit() + " mails"
            : "Daily mail quota set to " + dailyLimit + " mails by program staff");
    log.info("Daily mail quota of organization {} set to {} by {}", organizationId, changed.dailyLimit(), staff);
    return changed;
  }
}
