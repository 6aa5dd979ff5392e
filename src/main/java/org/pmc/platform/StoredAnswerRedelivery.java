package org.pmc.platform;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Safety net of answer correlation: an answer that is stored while its instance still waits for it
 * is delivered again. Idempotent, so it is safe on every node of a cluster.
 */
@Component
public class StoredAnswerRedelivery {

  private static final Logger log = LoggerFactory.getLogger(StoredAnswerRedelivery.class);
  private static final int BATCH = 500;

  private final ProcessMessages messages;
  private final List<StoredAnswers> answers;

  StoredAnswerRedelivery(ProcessMessages messages, List<StoredAnswers> answers) {
    this.messages = messages;
    this.answers = answers;
  }

  @Scheduled(fixedDelayString = "${pmc.answers.redelivery-interval:PT1M}",
      initialDelayString = "${pmc.answers.redelivery-interval:PT1M}")
  public void redeliver() {
    answers.forEach(this::redeliver);
  }

  private void redeliver(StoredAnswers stored) {
    Set<String> waiting = messages.waitingFor(stored.message(), BATCH);
    if (waiting.isEmpty()) {
      return;
    }
    stored.answeredAmong(waiting).forEach(businessKey -> {
      log.warn("Redelivering stored '{}' for {}", stored.message(), businessKey);
      messages.deliver(stored.message(), businessKey);
    });
  }
}
