package org.pmc.web;

/**
 * A business rule says this caller may not do this, e.g. they lack the privilege it needs (R-SW-1).
 * Unlike other rule violations it answers 403, not 409: the request is fine, the caller is not allowed;
 * the rule id still tells them which rule to look up.
 */
public class ForbiddenByRule extends BusinessRuleViolation {

  public ForbiddenByRule(String rule, String message) {
    super(rule, message);
  }
}
