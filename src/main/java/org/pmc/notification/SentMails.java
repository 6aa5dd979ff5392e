package org.pmc.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * The ledger transaction holds a database connection for the length of one SMTP send.
 */
@Component
class SentMails {

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

  private static String digest(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
