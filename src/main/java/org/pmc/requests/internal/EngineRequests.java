package org.pmc.requests.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.pmc.requests.OpenRequest;
import org.pmc.requests.RequestType;
import org.springframework.stereotype.Component;

/**
 * Reads an organization's open requests from the engine in four queries, whatever their number: its unfinished
 * process instances (with those they called), their active steps, their timers and their titles. A process knows
 * its organization by the variable {@code organizationId}, and its title by {@code requestTitle}.
 */
@Component
public class EngineRequests {

  static final String ORGANIZATION = "organizationId";
  static final String TITLE = "requestTitle";
  /** More open requests than one organization can make in a program year (R-REF-9 caps references at 500). */
  static final int MAX = 5_000;

  private final HistoryService history;
  private final ManagementService management;
  private final RequestStates states;

  EngineRequests(HistoryService history, ManagementService management, RequestStates states) {
    this.history = history;
    this.management = management;
    this.states = states;
  }

  public List<OpenRequest> open(UUID organizationId) {
    List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery().unfinished()
        .variableValueEquals(ORGANIZATION, organizationId.toString()).listPage(0, MAX);
    List<HistoricProcessInstance> roots = instances.stream()
        .filter(instance -> instance.getSuperProcessInstanceId() == null)
        .filter(instance -> RequestType.of(instance.getProcessDefinitionKey()).isPresent())
        .toList();
    if (roots.isEmpty()) {
      return List.of();
    }
    Map<String, List<HistoricActivityInstance>> active = activeSteps(organizationId).stream()
        .collect(Collectors.groupingBy(HistoricActivityInstance::getRootProcessInstanceId));
    Map<String, List<Job>> timers = timers(instances).stream()
        .collect(Collectors.groupingBy(Job::getRootProcessInstanceId));
    Map<String, String> titles = titles(roots);
    return roots.stream()
        .map(root -> states.state(root, titles.getOrDefault(root.getId(), root.getProcessDefinitionName()),
            active.getOrDefault(root.getId(), List.of()), timers.getOrDefault(root.getId(), List.of())))
        .flatMap(Optional::stream)
        .toList();
  }

  /** The unfinished activity instances of every unfinished instance of the organization, in one native query. */
  private List<HistoricActivityInstance> activeSteps(UUID organizationId) {
    String activities = management.getTableName(HistoricActivityInstance.class);
    String variables = management.getTableName(HistoricVariableInstance.class);
    return history.createNativeHistoricActivityInstanceQuery()
        .sql("SELECT A.* FROM " + activities + " A WHERE A.END_TIME_ IS NULL AND A.PROC_INST_ID_ IN "
            + "(SELECT V.PROC_INST_ID_ FROM " + variables + " V WHERE V.NAME_ = #{name} AND V.TEXT_ = #{value})")
        .parameter("name", ORGANIZATION)
        .parameter("value", organizationId.toString())
        .listPage(0, MAX * 4);
  }

  private List<Job> timers(List<HistoricProcessInstance> instances) {
    Set<String> ids = instances.stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
    return management.createJobQuery().timers().processInstanceIds(ids).list();
  }

  private Map<String, String> titles(List<HistoricProcessInstance> roots) {
    String[] ids = roots.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    return history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids).variableName(TITLE)
        .disableBinaryFetching().list().stream()
        .filter(variable -> variable.getValue() instanceof String)
        .collect(Collectors.toMap(HistoricVariableInstance::getProcessInstanceId,
            variable -> (String) variable.getValue(), (first, second) -> first));
  }
}
