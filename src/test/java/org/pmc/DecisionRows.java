package org.pmc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * One decision table of {@code bpmn/}, evaluated on its own by a DMN engine that notes which rows matched, so a
 * test can show that its cases reach every row: a row added without a case fails {@link #assertEveryRowMatched}.
 */
public final class DecisionRows {

  private final DmnEngine engine;
  private final DmnDecision decision;
  private final List<String> rows;
  private final Set<String> matched = ConcurrentHashMap.newKeySet();

  /** The decision {@code key} of {@code bpmn/<file>}, read from the classpath as the application deploys it. */
  public DecisionRows(String file, String key) {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(
        evaluation -> evaluation.getMatchingRules().forEach(rule -> matched.add(rule.getId()))));
    engine = configuration.buildEngine();
    DmnModelInstance model = read(file);
    decision = engine.parseDecision(key, model);
    rows = model.getModelElementsByType(Rule.class).stream().map(Rule::getId).toList();
  }

  public DmnDecisionTableResult evaluate(Map<String, Object> variables) {
    return engine.evaluateDecisionTable(decision, variables);
  }

  /** Every row of the table matched at least one of the cases evaluated so far. */
  public void assertEveryRowMatched() {
    assertThat(rows).as("rows of decision %s that no case reaches (add a case for each)", decision.getKey())
        .filteredOn(row -> !matched.contains(row)).isEmpty();
  }

  private static DmnModelInstance read(String file) {
    try (InputStream in = DecisionRows.class.getResourceAsStream("/bpmn/" + file)) {
      return Dmn.readModelFromStream(in);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot read bpmn/" + file, e);
    }
  }
}
