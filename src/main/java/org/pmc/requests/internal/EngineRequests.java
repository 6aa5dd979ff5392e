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
 * Reads an organization's open requests from the engine in a fixed number of queries, whatever their number: its
 * unfinished process instances (with those they called) and their active steps, for every request; titles and
 * timers only for the requests shown. A process knows its organization by the variable {@code organizationId},
 * and its title by {@code requestTitle}.
 */
@Component
public class EngineRequests {

  static final String ORGANIZATION = "organizationId";
  static final String TITLE = "requestTitle";
  /**
   * Unfinished instances read at most: far more than an organization's open requests, but settled ones (approved
   * references until they expire) count too.
   */
  static final int MAX = 10_000;
  /** Scopes around the steps: the steps themselves say what a request waits in. */
  private static final String NOT_SCOPES = "A.ACT_TYPE_ NOT IN ('subProcess', 'multiInstanceBody')";

  private final HistoryService history;
  private final ManagementService management;
  private final RequestStates states;
  private final TimerSteps timers;

  EngineRequests(HistoryService history, ManagementService management, RequestStates states, TimerSteps timers) {
    this.history = history;
    this.management = management;
    this.states = states;
    this.timers = timers;
  }

  public List<WaitingRequest> waiting(UUID organizationId) {
    List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery().unfinished()
        .variableValueEquals(ORGANIZATION, organizationId.toString()).listPage(0, MAX);
    List<HistoricProcessInstance> roots = instances.stream()
        .filter(instance -> instance.getSuperProcessInstanceId() == null)
        .filter(instance -> RequestType.of(instance.getProcessDefinitionKey()).isPresent())
        .toList();
    if (roots.isEmpty()) {
      return List.of();
    }
    Map<String, Set<String>> trees = instances.stream().collect(Collectors.groupingBy(
        HistoricProcessInstance::getRootProcessInstanceId,
        Collectors.mapping(HistoricProcessInstance::getId, Collectors.toSet())));
    Map<String, List<HistoricActivityInstance>> active = activeSteps(organizationId).stream()
        .collect(Collectors.groupingBy(HistoricActivityInstance::getRootProcessInstanceId));
    return roots.stream()
        .map(root -> states.waiting(root, active.getOrDefault(root.getId(), List.of()),
            trees.getOrDefault(root.getId(), Set.of(root.getId()))))
        .flatMap(Optional::stream)
        .toList();
  }

  /** The requests as shown: with their titles and next timers, in two queries for all of them. */
  public List<OpenRequest> complete(List<WaitingRequest> requests) {
    if (requests.isEmpty()) {
      return List.of();
    }
    Map<String, Job> next = nextTimers(requests.stream().flatMap(request -> request.instanceIds().stream())
        .collect(Collectors.toSet()));
    Map<String, String> titles = titles(requests);
    return requests.stream().map(request -> {
      HistoricProcessInstance root = request.root();
      Optional<Job> timer = Optional.ofNullable(next.get(root.getId()));
      return new OpenRequest(request.type(), root.getBusinessKey(),
          titles.getOrDefault(root.getId(), root.getProcessDefinitionName()), root.getStartTime().toInstant(),
          request.step(), request.waitingFor(), request.since(), timer.map(timers::describe).orElse(null),
          timer.map(job -> job.getDuedate().toInstant()).orElse(null));
    }).toList();
  }

  /** The unfinished steps of every unfinished instance of the organization, in one native query. */
  private List<HistoricActivityInstance> activeSteps(UUID organizationId) {
    String activities = management.getTableName(HistoricActivityInstance.class);
    String variables = management.getTableName(HistoricVariableInstance.class);
    return history.createNativeHistoricActivityInstanceQuery()
        .sql("SELECT A.* FROM " + activities + " A WHERE A.END_TIME_ IS NULL AND " + NOT_SCOPES
            + " AND A.PROC_INST_ID_ IN (SELECT V.PROC_INST_ID_ FROM " + variables
            + " V WHERE V.NAME_ = #{name} AND V.TEXT_ = #{value})")
        .parameter("name", ORGANIZATION)
        .parameter("value", organizationId.toString())
        .listPage(0, MAX * 2);
  }

  /** The earliest timer of each request's instance tree, by its root. */
  private Map<String, Job> nextTimers(Set<String> instanceIds) {
    return management.createJobQuery().timers().processInstanceIds(instanceIds).list().stream()
        .filter(job -> job.getDuedate() != null)
        .collect(Collectors.toMap(Job::getRootProcessInstanceId, job -> job,
            (first, second) -> first.getDuedate().after(second.getDuedate()) ? second : first));
  }

  private Map<String, String> titles(List<WaitingRequest> requests) {
    String[] ids = requests.stream().map(request -> request.root().getId()).toArray(String[]::new);
    return history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids).variableName(TITLE)
        .disableBinaryFetching().list().stream()
        .filter(variable -> variable.getValue() instanceof String)
        .collect(Collectors.toMap(HistoricVariableInstance::getProcessInstanceId,
            variable -> (String) variable.getValue(), (first, second) -> first));
  }
}
