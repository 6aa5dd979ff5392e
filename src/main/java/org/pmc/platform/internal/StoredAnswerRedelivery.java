package org.pmc.platform.internal;

import java.util.List;
import java.util.UUID;
import org.pmc.platform.ProcessMessages;
import org.pmc.platform.StoredAnswers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Safety net of answer correlation: an answer that is stored while its instance still waits for it
 * is delivered again. Issue 14: it walks the stored answers from the entity side, a page at a time with a
 * keyset cursor ({@code key > last}), so every one is seen however many instances wait; it asks the engine
 * only which keys of a page wait. Idempotent, so it is safe on every node of a cluster.
 */
@Component
public class StoredAnswerRedelivery {

  private static final Logger log = LoggerFactory.getLogger(StoredAnswerRedelivery.class);
  private static final UUID BEFORE_ALL = new UUID(0, 0);

  private final ProcessMessages messages;
  private final List<StoredAnswers> answers;
  private final JdbcClient jdbc;
  private final int pageSize;

  StoredAnswerRedelivery(ProcessMessages messages, List<StoredAnswers> answers, JdbcClient jdbc,
      @Value("${pmc.answers.redelivery-page-size:500}") int pageSize) {
    this.messages = messages;
    this.answers = answers;
    this.jdbc = jdbc;
    this.pageSize = pageSize;
  }

  @Scheduled(fixedDelayString = "${pmc.answers.redelivery-interval:PT1M}",
      initialDelayString = "${pmc.answers.redelivery-interval:PT1M}")
  public void redeliver() {
    answers.forEach(this::redeliver);
  }

  private void redeliver(StoredAnswers stored) {
    List<UUID> page = page(stored.source(), BEFORE_ALL);
    while (!page.isEmpty()) {
      messages.waitingAmong(stored.message(), page.stream().map(UUID::toString).toList()).forEach(businessKey -> {
        log.warn("Redelivering stored '{}' for {}", stored.message(), businessKey);
        messages.deliver(stored.message(), businessKey);
      });
      page = page.size() < pageSize ? List.of() : page(stored.source(), page.get(page.size() - 1));
    }
  }

  private List<UUID> page(StoredAnswers.Source source, UUID after) {
    return jdbc.sql("select distinct " + source.key() + " from " + source.table() + " where (" + source.condition()
            + ") and " + source.key() + " > :after order by " + source.key() + " limit :limit")
        .param("after", after).param("limit", pageSize)
        .query(UUID.class).list();
  }
}
