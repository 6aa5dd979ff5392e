package org.pmc.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger of mails sent by process steps. A job's transaction commits after its mail has left; a crash
 * (kill -9) or a rollback in between used to run the job again and send the mail twice. The ledger entry is
 * committed on its own right after the SMTP server accepted the mail, keyed by the job and the mail, so the
 * re-run finds it and skips the send. What remains is the window between the server's acceptance and that
 * commit (about a millisecond), where a crash still means a second copy: at-least-once, not exactly-once.
 * The ledger transaction holds a database connection for the length of one SMTP send. Rows are pruned after
 * 30 days (issue 14).
 */
@Component
class SentMails {

  static final Duration KEPT = Duration.ofDays(30);
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

  /** The ledger key of this mail when a process job sends it; empty outside a job (e.g. after a web request). */
  Optional<String> key(Mail mail) {
    CommandContext command = Context.getCommandContext();
    JobEntity job = command == null ? null : command.getCurrentJob();
    return job == null ? Optional.empty() : Optional.of(job.getId() + ":" + digest(mail.to() + "\n" + mail.subject()));
  }

  /**
   * Sends once per key: under a transaction-scoped advisory lock on the key, so that two runs of the same job
   * at once (a job that outlived its lock and was picked up again) wait for each other instead of both
   * sending. Returns false when the ledger already had the mail. A failing send records nothing.
   */
  boolean sendOnce(String key, Runnable send) {
    return Boolean.TRUE.equals(ownTransaction.execute(status -> {
      jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param(key).query().listOfRows();
      if (jdbc.sql("select count(*) from sent_mail where id = ?").param(key).query(Long.class).single() > 0) {
        return false;
      }
      send.run();
      jdbc.sql("insert into sent_mail (id, sent_at) values (?, ?)")
          .params(key, Timestamp.from(clock.instant())).update();
      return true;
    }));
  }

  /**
   * Issue 14: a row guards against a second send only while its job may run again (six tries, five minutes
   * apart, or an operator's retry); after {@link #KEPT} it guards nothing and goes. Hourly, in bounded batches,
   * each its own statement; harmless on every node at once. Returns how many rows went.
   */
  @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.HOURS)
  int prune() {
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
}
