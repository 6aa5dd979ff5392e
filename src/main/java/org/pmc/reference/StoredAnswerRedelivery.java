package org.pmc.reference;

import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Safety net of the answer correlation: an answer that is stored on its reference while its instance
 * still waits for one is delivered again. Idempotent, so it is safe on every node of a cluster.
 */
@Component
class StoredAnswerRedelivery {

  private static final Logger log = LoggerFactory.getLogger(StoredAnswerRedelivery.class);
  private static final int BATCH = 500;

  private final ReferenceProcess process;
  private final CustomerReferences references;

  StoredAnswerRedelivery(ReferenceProcess process, CustomerReferences references) {
    this.process = process;
    this.references = references;
  }

  @Scheduled(fixedDelayString = "${pmc.references.redelivery-interval:PT1M}",
      initialDelayString = "${pmc.references.redelivery-interval:PT1M}")
  void redeliver() {
    Set<UUID> waiting = process.waitingForAnswer(BATCH);
    if (waiting.isEmpty()) {
      return;
    }
    references.findAllById(waiting).stream()
        .filter(reference -> reference.getAnswer() != null && !reference.awaitingCustomer())
        .forEach(reference -> {
          log.warn("Redelivering the stored answer of reference {}", reference.getId());
          process.deliverAnswer(reference);
        });
  }
}
