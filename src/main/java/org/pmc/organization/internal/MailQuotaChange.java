package org.pmc.organization.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.pmc.notification.MailQuota;

/** Staff set an organization's daily mail limit (issue 14); {@code null} returns it to the default its trust gives. */
public record MailQuotaChange(@Min(0) @Max(MailQuota.MAX_DAILY_LIMIT) Integer dailyLimit) {}
