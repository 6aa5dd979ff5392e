package org.pmc.bench;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the baseline's driver that an instance waits for its message, once the job that got it there has
 * committed; the driver neither polls the database nor correlates too early.
 */
public class BaselineArrivals {

  private final Map<String, CompletableFuture<Void>> arrivals = new ConcurrentHashMap<>();

  /** Called by the baseline process (an execution listener) inside the job's transaction. */
  public void arrived(String processInstanceId) {
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        arrival(processInstanceId).complete(null);
      }
    });
  }

  void await(String processInstanceId, Duration timeout) throws Exception {
    arrival(processInstanceId).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    arrivals.remove(processInstanceId);
  }

  private CompletableFuture<Void> arrival(String processInstanceId) {
    return arrivals.computeIfAbsent(processInstanceId, id -> new CompletableFuture<>());
  }
}
