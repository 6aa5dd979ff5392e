package org.pmc.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SentMailPruningTest extends IntegrationTest {

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

  private void row(String id, Instant sentAt) {
    jdbc.sql("insert into sent_mail (id, sent_at) values (?, ?)").params(id, Timestamp.from(sentAt)).update();
  }
}
