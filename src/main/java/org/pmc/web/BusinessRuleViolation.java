package org.pmc.web;

/**
 * A business rule from {@code domain.md} refused the request. Answered as 409 with the rule id, so a
 * partner (or an integration) can look the rule up.
 */
public class BusinessRuleViolation extends RuntimeException {

  private final String rule;

  public BusinessRuleViolation(String rule, String message) {
    super(message);
    this.rule = rule;
  }

  public String rule() {
    return rule;
  }
}
