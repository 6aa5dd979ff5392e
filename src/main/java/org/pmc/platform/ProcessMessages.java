package org.pmc.platform;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
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
  private final JdbcClient jdbc;
  private final RetryTemplate retry = RetryTemplate.builder()
      .maxAttempts(6)
      .exponentialBackoff(50, 2, 1000)
      .retryOn(List.of(OptimisticLockingException.class, ProcessEnginePersistenceException.class))
      .build();

  ProcessMessages(RuntimeService runtime, JdbcClient jdbc) {
    this.runtime = runtime;
    this.jdbc = jdbc;
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

  /**
   * Of these business keys, those whose instance waits for this message now; one query on the engine's
   * runtime tables (its query API filters event subscriptions by one process instance at a time only).
   */
  public List<String> waitingAmong(String message, Collection<String> businessKeys) {
    if (businessKeys.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
            select distinct e.business_key_ from act_ru_event_subscr s
            join act_ru_execution e on e.id_ = s.proc_inst_id_
            where s.event_type_ = 'message' and s.event_name_ = :message and e.business_key_ in (:keys)""")
        .param("message", message).param("keys", businessKeys)
        .query(String.class).list();
  }
}
