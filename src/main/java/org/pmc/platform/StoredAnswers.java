package org.pmc.platform;

import org.pmc.platform.internal.StoredAnswerRedelivery;
/**
 * An answer from outside that its owner stores before telling the process (a customer's confirmation,
 * a completed profile). {@link StoredAnswerRedelivery} delivers again those the process missed.
 */
public interface StoredAnswers {

  /** The message the process waits for. */
  String message();

  /** Where the answers are stored: the entity side that the redelivery walks (issue 14). */
  Source source();

  /**
   * The rows of {@code table} that hold a stored answer are those matching {@code condition}; {@code key} is
   * their uuid column that is the process's business key. Constants of the code, never user input.
   */
  record Source(String table, String key, String condition) {}
}
