package org.pmc.platform;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers from outside (a click, a form) reach their process instance by business key. The answer is
 * stored on its entity first (by the caller); a correlation that collides with a step running at the
 * same moment is retried with backoff; no waiting instance is not an error. See architecture.md.
 */
@Component
public class ProcessMessages {

  private final RuntimeService runtime;
  private final RetryTemplate retry = RetryTemplate.builder()
      .maxAttempts(6)
      .exponentialBackoff(50, 2, 1000)
      .retryOn(List.of(OptimisticLockingException.class, ProcessEnginePersistenceException.class))
      .build();

  ProcessMessages(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** Delivers the message to every instance of this business key waiting for it; returns how many. */
  public int deliver(String message, String businessKey) {
    return deliver(message, businessKey, Map.of());
  }

  public int deliver(String message, String businessKey, Map<String, Object> variables) {
    return retry.execute(attempt -> runtime.createMessageCorrelation(message)
        .processInstanceBusinessKey(businessKey)
        .setVariables(variables)
        .correlateAllWithResult()
        .size());
  }

  /** Business keys of instances waiting for this message now, at most {@code limit}. */
  public Set<String> waitingFor(String message, int limit) {
    Set<String> instanceIds = runtime.createEventSubscriptionQuery()
        .eventType("message").eventName(message)
        .listPage(0, limit).stream()
        .map(EventSubscription::getProcessInstanceId)
        .collect(Collectors.toSet());
    if (instanceIds.isEmpty()) {
      return Set.of();
    }
    return runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
        .map(ProcessInstance::getBusinessKey)
        .collect(Collectors.toSet());
  }
}
