package org.pmc.reference.internal;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.pmc.platform.ProcessMessages;
import org.pmc.platform.StoredAnswers;
import org.pmc.reference.internal.CustomerAnswer;
import org.pmc.reference.internal.CustomerReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The {@code customer-reference} process as the rest of the code sees it: its names, how an instance
 * starts, and how answers from outside reach it. The business key is the reference id.
 *
 * <p>Answers never race the process (architecture.md): the wait for the answer is armed in the same
 * transaction that creates the reference (a message boundary on the subprocess that sends the mail),
 * the answer is stored on the reference before it is correlated, and stored answers the instance
 * missed are delivered again by the platform's redelivery.
 */
@Component
public class ReferenceProcess implements StoredAnswers {

  static final String KEY = "customer-reference";
  static final String ANSWER_MESSAGE = "customerAnswered";
  static final String WITHDRAWAL_MESSAGE = "referenceWithdrawn";
  static final String ANSWER = "answer";
  static final String EXPIRES_AT = "expiresAt";
  static final String EXPIRY_WARNING_AT = "expiryWarningAt";

  private static final Logger log = LoggerFactory.getLogger(ReferenceProcess.class);

  private final RuntimeService runtime;
  private final ProcessMessages messages;

  ReferenceProcess(RuntimeService runtime, ProcessMessages messages) {
    this.runtime = runtime;
    this.messages = messages;
  }

  /** Starts the instance in the caller's transaction: the reference and its process commit together. */
  public void start(CustomerReference reference) {
    // organizationId and requestTitle: the partner's requests page lists the instance (requests module).
    runtime.startProcessInstanceByKey(KEY, reference.getId().toString(), Map.of(
        "referenceId", reference.getId().toString(),
        "organizationId", reference.getOrganizationId().toString(),
        "requestTitle", "Customer reference: " + reference.getCustomerCompany() + " (" + reference.getCompetency().title()
            + ")"));
  }

  /** The routing values the close step sets: which way, and the dates of the expiry timers. */
  public static Map<String, Object> answerVariables(CustomerReference reference, CustomerAnswer answer) {
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
  void deliverAnswer(CustomerReference reference) {
    int delivered = messages.deliver(ANSWER_MESSAGE, reference.getId().toString());
    log.info("Answer {} for reference {} delivered to {} waiting instance(s)", reference.getAnswer(),
        reference.getId(), delivered);
  }

  /** Called inside the withdrawing transaction; the event subprocess ends the instance wherever it is. */
  public void deliverWithdrawal(UUID referenceId) {
    runtime.createMessageCorrelation(WITHDRAWAL_MESSAGE)
        .processInstanceBusinessKey(referenceId.toString())
        .correlateAll();
  }

  @Override
  public String message() {
    return ANSWER_MESSAGE;
  }

  /** An answer recorded: the reference no longer awaits the customer. */
  @Override
  public Source source() {
    return new Source("customer_reference", "id", "answer is not null and status <> 'AWAITING_CUSTOMER'");
  }

  private static Date date(Instant instant) {
    return Optional.ofNullable(instant).map(Date::from).orElse(null);
  }
}
