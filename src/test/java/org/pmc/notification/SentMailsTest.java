package org.pmc.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.IntegrationTest;
import org.pmc.notification.internal.SentMails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ledger of mails sent by process steps: claim, send, mark (issue 14), and its pruning. */
class SentMailsTest extends IntegrationTest {

  @Autowired
  SentMails ledger;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  Clock clock;

  @Test
  @DisplayName("Issue 14: sent_mail rows older than 30 days by the application clock are pruned, younger ones kept")
  void oldLedgerRowsArePruned() {
    Instant now = clock.instant();
    IntStream.range(0, 3).forEach(n -> row("old-" + n, now.minus(SentMails.KEPT).minus(Duration.ofMinutes(1 + n))));
    row("young", now.minus(SentMails.KEPT).plus(Duration.ofHours(1)));

    assertThat(ledger.prune()).isEqualTo(3);

    assertThat(jdbc.sql("select id from sent_mail where id in ('old-0', 'old-1', 'old-2', 'young')")
        .query(String.class).list()).containsExactly("young");
    assertThat(ledger.prune()).isZero();
  }

  @Test
  @DisplayName("Issue 14: a mail is sent once per key; a failed send gives its claim back; a live claim of another "
      + "run refuses to send, a lapsed one (its run died) sends again")
  void claimSendMark() {
    SentMails.Entry key = entry("claim-" + UUID.randomUUID());
    AtomicInteger sent = new AtomicInteger();
    assertThatThrownBy(() -> ledger.sendOnce(key, () -> {
      throw new IllegalStateException("SMTP down");
    })).hasMessage("SMTP down");
    assertThat(ledger.sendOnce(key, sent::incrementAndGet)).isTrue();
    assertThat(ledger.sendOnce(key, sent::incrementAndGet)).as("marked sent: not again").isFalse();
    assertThat(sent).hasValue(1);

    SentMails.Entry claimed = entry("claimed-" + UUID.randomUUID());
    Instant now = clock.instant();
    claim(claimed.id(), now.plus(Duration.ofMinutes(1)));
    assertThatThrownBy(() -> ledger.sendOnce(claimed, sent::incrementAndGet))
        .hasMessageContaining("being sent by another run");
    claim(claimed.id(), now.minusSeconds(1));
    assertThat(ledger.sendOnce(claimed, sent::incrementAndGet)).isTrue();
    assertThat(sent).hasValue(2);
  }

  /** An entry whose claim holds for a minute, as a locked job's would. */
  private SentMails.Entry entry(String id) {
    return new SentMails.Entry(id, clock.instant().plus(Duration.ofMinutes(1)));
  }

  private void claim(String id, Instant until) {
    jdbc.sql("insert into sent_mail (id, sent_at, sending_until) values (?, ?, ?) on conflict (id) do update"
        + " set sending_until = excluded.sending_until").params(id, Timestamp.from(clock.instant()),
        Timestamp.from(until)).update();
  }

  private void row(String id, Instant sentAt) {
    jdbc.sql("insert into sent_mail (id, sent_at) values (?, ?)").params(id, Timestamp.from(sentAt)).update();
  }
}
