package org.pmc.notification.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.pmc.notification.Mail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger of mails sent by process steps. A job's transaction commits after its mail has left; a crash
 * (kill -9) or a rollback in between used to run the job again and send the mail twice. The step claims its
 * ledger row (keyed by the job and the mail) before the SMTP conversation and marks it sent right after the
 * server accepted the mail, each in a short transaction of its own: the re-run finds the mark and skips the send,
 * and no ledger transaction stays open while the SMTP server talks (issue 14; the job's own transaction still
 * holds its connection). What remains is the window between the server's acceptance and the mark's commit
 * (about a millisecond), where a crash still means a second copy: at-least-once, not exactly-once. Rows are
 * pruned after 30 days.
 */
@Component
public class SentMails {

  public static final Duration KEPT = Duration.ofDays(30);
  /** How long a claim holds when its job is not locked (run by hand, as in Cockpit or the tests). */
  static final Duration UNLOCKED_CLAIM = Duration.ofMinutes(1);
  private static final int PRUNE_BATCH = 10_000;

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  SentMails(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /**
   * The ledger entry of this mail when a process job sends it; empty outside a job (e.g. after a web request).
   * Its claim holds as long as the job's lock: another run of the job starts only once that lock has expired,
   * and then takes the claim over (the run that held it died, or outlived its lock).
   */
  public Optional<Entry> key(Mail mail) {
    CommandContext command = Context.getCommandContext();
    JobEntity job = command == null ? null : command.getCurrentJob();
    if (job == null) {
      return Optional.empty();
    }
    Instant claimUntil = job.getLockExpirationTime() == null ? clock.instant().plus(UNLOCKED_CLAIM)
        : job.getLockExpirationTime().toInstant();
    return Optional.of(new Entry(job.getId() + ":" + digest(mail.to() + "\n" + mail.subject()), claimUntil));
  }

  /**
   * Sends once per key: claim, send, mark. Returns false when the ledger already had the mail. A run that finds
   * another run's live claim (the same job picked up twice) fails, and its retry finds the mail sent. A failing
   * send gives its claim back, so the retry sends.
   */
  public boolean sendOnce(Entry entry, Runnable send) {
    String key = entry.id();
    if (!claim(key, entry.claimUntil())) {
      return false;
    }
    try {
      send.run();
    } catch (RuntimeException e) {
      inOwnTransaction(() -> jdbc.sql("delete from sent_mail where id = ? and sending_until is not null")
          .param(key).update());
      throw e;
    }
    inOwnTransaction(() -> jdbc.sql("update sent_mail set sending_until = null, sent_at = ? where id = ?")
        .params(now(), key).update());
    return true;
  }

  /** True when this run may send now; false when the mail was sent; throws while another run's claim holds. */
  private boolean claim(String key, Instant claimUntil) {
    Timestamp now = now();
    Timestamp until = Timestamp.from(claimUntil);
    int claimed = inOwnTransaction(() -> jdbc.sql("""
        insert into sent_mail (id, sent_at, sending_until) values (?, ?, ?)
        on conflict (id) do update set sent_at = excluded.sent_at, sending_until = excluded.sending_until
        where sent_mail.sending_until is not null and sent_mail.sending_until < excluded.sent_at""")
        .params(key, now, until).update());
    if (claimed == 1) {
      return true;
    }
    boolean sent = inOwnTransaction(() -> jdbc.sql("select sending_until is null from sent_mail where id = ?")
        .param(key).query(Boolean.class).single());
    if (!sent) {
      throw new IllegalStateException("Mail " + key + " is being sent by another run of its job; retried later");
    }
    return false;
  }

  private <T> T inOwnTransaction(Supplier<T> work) {
    return ownTransaction.execute(status -> work.get());
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }

  /**
   * Issue 14: a row guards against a second send only while its job may run again (six tries, five minutes
   * apart, or an operator's retry); after {@link #KEPT} it guards nothing and goes. Hourly, in bounded batches,
   * each its own statement; harmless on every node at once. Returns how many rows went.
   */
  @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.HOURS)
  public int prune() {
    Timestamp oldest = Timestamp.from(clock.instant().minus(KEPT));
    int pruned = 0;
    int batch;
    do {
      batch = jdbc.sql("delete from sent_mail where id in (select id from sent_mail where sent_at < ? limit ?)")
          .params(oldest, PRUNE_BATCH).update();
      pruned += batch;
    } while (batch == PRUNE_BATCH);
    return pruned;
  }

  private static String digest(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** A mail's ledger row: the job and the mail, and until when this run's claim holds. */
  public record Entry(String id, Instant claimUntil) {}
}
