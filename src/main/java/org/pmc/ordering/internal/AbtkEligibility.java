package org.pmc.ordering.internal;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** Asks the decision {@code abtk-eligibility} (bpmn/abtk-eligibility.dmn) whether a location may order. */
@Component
public class AbtkEligibility {

  static final String DECISION = "abtk-eligibility";

  /** The answer: eligible, or the rule of domain.md that refuses (empty when eligible). */
  public record Decision(boolean eligible, String rule) {}

  private final DecisionService decisions;

  AbtkEligibility(DecisionService decisions) {
    this.decisions = decisions;
  }

  public Decision decide(EligibilityInputs inputs) {
    DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(DECISION).variables(inputs.variables())
        .evaluate().getSingleResult();
    Map<String, Object> entries = result.getEntryMap();
    Object rule = entries.get("rule");
    return new Decision(Boolean.TRUE.equals(entries.get("eligible")), rule == null ? "" : rule.toString());
  }
}
