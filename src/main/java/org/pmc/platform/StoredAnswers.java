package org.pmc.platform;

import java.util.Set;

/**
 * An answer from outside that its owner stores before telling the process (a customer's confirmation,
 * a completed profile). {@link StoredAnswerRedelivery} delivers again those the process missed.
 */
public interface StoredAnswers {

  /** The message the process waits for. */
  String message();

  /** Of these business keys, those whose answer is stored. */
  Set<String> answeredAmong(Set<String> businessKeys);
}
