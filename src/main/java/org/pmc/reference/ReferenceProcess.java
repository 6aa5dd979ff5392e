package org.pmc.reference;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code customer-reference} process as the rest of the code sees it: its names, how an instance
 * starts, and how answers from outside reach it. The business key is the reference id.
 *
 * <p>Answers never race the process (architecture.md): the wait for the answer is armed in the same
 * transaction that creates the reference (a message boundary on the subprocess that sends the mail),
 * the answer is stored on the reference before it is correlated, a correlation that collides with a
 * running job is retried with backoff, and {@link StoredAnswerRedelivery} catches what is left.
 */
@Component
public class ReferenceProcess {

  static final String KEY = "customer-reference";
  static final String ANSWER_MESSAGE = "customerAnswered";
  static final String WITHDRAWAL_MESSAGE = "referenceWithdrawn";
  static final String ANSWER = "answer";
  static final String EXPIRES_AT = "expiresAt";
  static final String EXPIRY_WARNING_AT = "expiryWarningAt";

  private static final Logger log = LoggerFactory.getLogger(ReferenceProcess.class);

  private final RuntimeService runtime;
  private final RetryTemplate retry = RetryTemplate.builder()
      .maxAttempts(6)
      .exponentialBackoff(50, 2, 1000)
      .retryOn(List.of(OptimisticLockingException.class, ProcessEnginePersistenceException.class))
      .build();

  ReferenceProcess(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** Starts the instance in the caller's transaction: the reference and its process commit together. */
  void start(CustomerReference reference) {
    runtime.startProcessInstanceByKey(KEY, reference.getId().toString(),
        Map.of("referenceId", reference.getId().toString()));
  }

  /** The routing values the close step sets: which way, and the dates of the expiry timers. */
  static Map<String, Object> answerVariables(CustomerReference reference, CustomerAnswer answer) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ANSWER, answer.name());
    variables.put(EXPIRES_AT, date(reference.getExpiresAt()));
    variables.put(EXPIRY_WARNING_AT, date(reference.expiryWarningAt()));
    return variables;
  }

  /**
   * Delivers a stored answer; the close step reads it from the reference. No waiting instance is not an
   * error: the request already ended, and its close step read the stored answer itself.
   */
  boolean deliverAnswer(CustomerReference reference) {
    int delivered = retry.execute(attempt -> runtime.createMessageCorrelation(ANSWER_MESSAGE)
        .processInstanceBusinessKey(reference.getId().toString())
        .correlateAllWithResult()
        .size());
    log.info("Answer {} for reference {} delivered to {} waiting instance(s)", reference.getAnswer(),
        reference.getId(), delivered);
    return delivered > 0;
  }

  /** Called inside the withdrawing transaction; the event subprocess ends the instance wherever it is. */
  void deliverWithdrawal(UUID referenceId) {
    runtime.createMessageCorrelation(WITHDRAWAL_MESSAGE)
        .processInstanceBusinessKey(referenceId.toString())
        .correlateAll();
  }

  /** Business keys of instances still waiting for a customer's answer, at most {@code limit}. */
  Set<UUID> waitingForAnswer(int limit) {
    Set<String> instanceIds = runtime.createEventSubscriptionQuery()
        .eventType("message").eventName(ANSWER_MESSAGE)
        .listPage(0, limit).stream()
        .map(EventSubscription::getProcessInstanceId)
        .collect(Collectors.toSet());
    if (instanceIds.isEmpty()) {
      return Set.of();
    }
    return runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
        .map(ProcessInstance::getBusinessKey)
        .map(UUID::fromString)
        .collect(Collectors.toSet());
  }

  private static Date date(Instant instant) {
    return Optional.ofNullable(instant).map(Date::from).orElse(null);
  }
}
