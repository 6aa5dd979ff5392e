package org.pmc.notification.internal;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.pmc.notification.PendingConfirmations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R-PPL-7: pending sign-ups go once their link has lapsed (a confirmed one stays until then, so that a second
 * click says "already used"). Hourly, one statement per store; harmless on every node at once.
 */
@Component
public class PendingConfirmationPruning {

  private static final Logger log = LoggerFactory.getLogger(PendingConfirmationPruning.class);

  private final List<PendingConfirmations<?>> stores;
  private final TransactionTemplate transaction;
  private final Clock clock;

  PendingConfirmationPruning(List<PendingConfirmations<?>> stores, PlatformTransactionManager transactions,
      Clock clock) {
    this.stores = stores;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.HOURS)
  int prune() {
    int pruned = 0;
    for (PendingConfirmations<?> store : stores) {
      pruned += transaction.execute(status -> store.deleteLapsedBefore(clock.instant()));
    }
    if (pruned > 0) {
      log.info("{} lapsed sign-up requests pruned", pruned);
    }
    return pruned;
  }
}
