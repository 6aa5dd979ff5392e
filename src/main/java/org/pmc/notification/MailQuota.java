package org.pmc.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.pmc.notification.MailQuotaView.Basis;
import org.pmc.notification.internal.MailQuotaProperties;
import org.pmc.web.InvalidField;
import org.pmc.web.QuotaExceeded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 14 (3): the daily outgoing-mail quota of each organization. A request that mails on an organization's
 * behalf (invitations, a reference's confirmation request, MCP invitations, resends) reserves its mails here in
 * its own transaction, before it writes anything: over the quota it is refused whole ({@link QuotaExceeded},
 * 429), and a request that fails later gives its reservation back with its rollback. The mails themselves leave
 * later from process jobs, which are never refused: a counted request is never half sent.
 *
 * <p>The count is one row per organization, updated under its row lock, so concurrent requests (on any node)
 * cannot overrun it; a row of an earlier UTC day (by the application clock) counts as zero. The limit: what
 * program staff set, else {@code pmc.mail-quota.trusted} once the organization paid for anything, else
 * {@code pmc.mail-quota.new-organization}.
 */
@Service
public class MailQuota {

  /** The rule id a refusal carries (issue 14). */
  public static final String RULE = "MAIL-QUOTA";
  /** The quota's name in a refusal. */
  public static final String QUOTA = "mails-per-day";
  /** The most staff may set. */
  public static final int MAX_DAILY_LIMIT = 100_000;

  private static final String LIMIT = """
      coalesce(daily_limit, case when trusted_since is null then :newOrganization else :trusted end)""";
  private static final String USED_TODAY = "(case when day = :today then used else 0 end)";

  private final JdbcClient jdbc;
  private final MailQuotaProperties defaults;
  private final Clock clock;

  MailQuota(JdbcClient jdbc, MailQuotaProperties defaults, Clock clock) {
    this.jdbc = jdbc;
    this.defaults = defaults;
    this.clock = clock;
  }

  /**
   * Counts {@code mails} against today's quota, in the caller's transaction (the request's), or refuses them all
   * with {@link QuotaExceeded}. The row stays locked until that transaction ends: the organization's next
   * request waits for this one's outcome instead of counting on mails that may be rolled back.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void reserve(UUID organizationId, int mails) {
    if (mails <= 0) {
      return;
    }
    LocalDate today = today();
    jdbc.sql("insert into mail_quota (organization_id, day) values (?, ?) on conflict (organization_id) do nothing")
        .params(organizationId, today).update();
    int counted = jdbc.sql("update mail_quota set used = " + USED_TODAY + " + :mails, day = :today"
            + " where organization_id = :organization and " + USED_TODAY + " + :mails <= " + LIMIT)
        .param("mails", mails).param("today", today).param("organization", organizationId)
        .param("newOrganization", defaults.newOrganization()).param("trusted", defaults.trusted())
        .update();
    if (counted == 0) {
      throw refusal(status(organizationId), mails);
    }
  }

  /** Where the organization's quota stands today. */
  @Transactional(readOnly = true)
  public MailQuotaView status(UUID organizationId) {
    LocalDate today = today();
    Optional<MailQuotaView> stored = jdbc.sql("select " + USED_TODAY + " as used_today, " + LIMIT + " as daily_limit,"
            + " daily_limit is not null as set_by_staff, trusted_since is not null as trusted"
            + " from mail_quota where organization_id = :organization")
        .param("today", today).param("organization", organizationId)
        .param("newOrganization", defaults.newOrganization()).param("trusted", defaults.trusted())
        .query((row, n) -> view(row.getInt("daily_limit"), row.getInt("used_today"),
            row.getBoolean("set_by_staff") ? Basis.SET_BY_STAFF
                : row.getBoolean("trusted") ? Basis.TRUSTED : Basis.NEW_ORGANIZATION))
        .optional();
    return stored.orElseGet(() -> view(defaults.newOrganization(), 0, Basis.NEW_ORGANIZATION));
  }

  /**
   * The organization paid for something (ordering calls this with the payment): from now on the trusted default
   * applies, unless staff set a limit. Idempotent; the first payment's time is kept.
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public void trust(UUID organizationId) {
    jdbc.sql("""
        insert into mail_quota (organization_id, day, trusted_since) values (?, ?, ?)
        on conflict (organization_id) do update set trusted_since = coalesce(mail_quota.trusted_since, excluded.trusted_since)""")
        .params(organizationId, today(), Timestamp.from(clock.instant())).update();
  }

  /**
   * Program staff set the organization's daily limit ({@code null}: back to the default its trust gives), by
   * {@code staff}. Today's count stays: a lowered limit refuses further mail today, a raised one allows more now.
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public MailQuotaView setDailyLimit(UUID organizationId, Integer dailyLimit, String staff) {
    if (dailyLimit != null && (dailyLimit < 0 || dailyLimit > MAX_DAILY_LIMIT)) {
      throw new InvalidField("dailyLimit", "must be between 0 and " + MAX_DAILY_LIMIT);
    }
    jdbc.sql("""
        insert into mail_quota (organization_id, day, daily_limit, limit_set_by, limit_set_at) values (?, ?, ?, ?, ?)
        on conflict (organization_id) do update set daily_limit = excluded.daily_limit,
          limit_set_by = excluded.limit_set_by, limit_set_at = excluded.limit_set_at""")
        .params(organizationId, today(), dailyLimit, staff, Timestamp.from(clock.instant())).update();
    return status(organizationId);
  }

  private QuotaExceeded refusal(MailQuotaView quota, int mails) {
    Duration untilReset = Duration.between(clock.instant(), quota.resetsAt());
    return new QuotaExceeded(RULE, new QuotaExceeded.Usage(QUOTA, quota.dailyLimit(), quota.used(), mails,
        quota.resetsAt(), untilReset),
        "This would send " + mails + (mails == 1 ? " mail" : " mails") + ", past the organization's daily mail quota"
            + " of " + quota.dailyLimit() + " (" + quota.used() + " used today, " + quota.remaining() + " left)."
            + " Nothing was sent. The quota resets at " + quota.resetsAt() + ".");
  }

  private MailQuotaView view(int dailyLimit, int used, Basis basis) {
    return new MailQuotaView(dailyLimit, used, Math.max(0, dailyLimit - used), resetsAt(), basis);
  }

  /** The next UTC midnight: when today's count no longer counts. */
  private Instant resetsAt() {
    return today().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
