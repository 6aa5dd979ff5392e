package org.pmc.platform;

/**
 * A staff task refused to complete because its input breaks a rule (a decision without its comment, R-REV-1): the
 * task stays open, and over {@code /engine-rest} the caller gets 400 naming the rule, not a server error.
 */
public class TaskCompletionRefused extends RuntimeException {

  private final String rule;

  public TaskCompletionRefused(String rule, String message) {
    super(rule + ": " + message);
    this.rule = rule;
  }

  public String rule() {
    return rule;
  }
}
