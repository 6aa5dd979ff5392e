package org.pmc.ordering;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.pmc.platform.ProcessMessages;
import org.pmc.platform.StoredAnswers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code abtk-order} process as the rest of the code sees it. Business key: the order id.
 *
 * <p>Store first (architecture.md): a payment is stored on the invoice and the order (PAID) in its own
 * transaction, then {@code paymentReceived} is correlated with retries; a payment the instance missed is
 * delivered again by the platform's redelivery, which asks {@link #answeredAmong}.
 */
@Component
public class AbtkOrderProcess implements StoredAnswers {

  static final String KEY = "abtk-order";
  static final String PAYMENT_MESSAGE = "paymentReceived";

  private static final Logger log = LoggerFactory.getLogger(AbtkOrderProcess.class);

  private final RuntimeService runtime;
  private final ProcessMessages messages;
  private final JdbcClient jdbc;

  AbtkOrderProcess(RuntimeService runtime, ProcessMessages messages, JdbcClient jdbc) {
    this.runtime = runtime;
    this.messages = messages;
    this.jdbc = jdbc;
  }

  /**
   * Starts the instance in the caller's transaction. The reminder is due at the start of the day 7 days
   * before the due date; the order is cancelled when the due date has passed (start of the next day, UTC).
   */
  void start(UUID orderId, LocalDate dueDate) {
    runtime.startProcessInstanceByKey(KEY, orderId.toString(), Map.of(
        "orderId", orderId.toString(),
        "reminderAt", startOf(dueDate.minusDays(7)),
        "dueAt", startOf(dueDate.plusDays(1))));
  }

  /** Tells the instance the invoice is paid; no waiting instance is not an error. */
  void deliverPayment(UUID orderId) {
    int delivered = messages.deliver(PAYMENT_MESSAGE, orderId.toString());
    log.info("Payment of ABTK order {} delivered to {} waiting instance(s)", orderId, delivered);
  }

  @Override
  public String message() {
    return PAYMENT_MESSAGE;
  }

  @Override
  public Set<String> answeredAmong(Set<String> businessKeys) {
    if (businessKeys.isEmpty()) {
      return Set.of();
    }
    return jdbc.sql("select id from abtk_order where status = 'PAID' and id in (:ids)")
        .param("ids", businessKeys.stream().map(UUID::fromString).toList())
        .query(UUID.class).list().stream().map(UUID::toString).collect(Collectors.toSet());
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
