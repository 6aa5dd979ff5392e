package org.pmc.requests.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.pmc.requests.OpenRequest;
import org.pmc.requests.RequestDetail;
import org.pmc.requests.RequestStep;
import org.pmc.requests.RequestType;
import org.pmc.web.NotFound;
import org.springframework.stereotype.Component;

/**
 * One request of an organization, open or ended, from the process history: its steps with times and who did them,
 * and its diagram. Another organization's request is not found (404), like an unknown one.
 */
@Component
public class RequestHistory {

  private static final Set<String> NOT_STEPS = Set.of("subProcess", "callActivity", "multiInstanceBody",
      "exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway");
  /** Marked in the diagram are the steps, not the subprocesses around them; a call activity is the step. */
  private static final Set<String> SCOPES = Set.of("subProcess", "multiInstanceBody");
  /** A request's history is short (a few dozen steps); this bounds a runaway loop all the same. */
  private static final int MAX_STEPS = 1_000;

  private final HistoryService history;
  private final EngineRequests engine;
  private final RepositoryService repository;
  private final RequestStates states;
  private final StepActors actors;

  RequestHistory(HistoryService history, EngineRequests engine, RepositoryService repository,
      RequestStates states, StepActors actors) {
    this.history = history;
    this.engine = engine;
    this.repository = repository;
    this.states = states;
    this.actors = actors;
  }

  public RequestDetail detail(UUID organizationId, RequestType type, String id) {
    HistoricProcessInstance root = root(organizationId, type, id);
    List<HistoricProcessInstance> tree = history.createHistoricProcessInstanceQuery()
        .rootProcessInstanceId(root.getId()).list();
    List<HistoricActivityInstance> activities = activities(tree);
    List<HistoricActivityInstance> active = activities.stream().filter(step -> step.getEndTime() == null).toList();
    Optional<OpenRequest> open = root.getEndTime() != null ? Optional.empty()
        : states.waiting(root, active, tree.stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet()))
            .map(waiting -> engine.complete(List.of(waiting)).get(0));
    return new RequestDetail(type, id, open.map(OpenRequest::title).orElseGet(() -> title(root)),
        root.getStartTime().toInstant(), root.getEndTime() == null ? null : root.getEndTime().toInstant(),
        open.map(OpenRequest::step).orElse(null), open.map(OpenRequest::waitingFor).orElse(null),
        open.map(OpenRequest::since).orElse(null), open.map(OpenRequest::nextEvent).orElse(null),
        open.map(OpenRequest::nextEventAt).orElse(null),
        activities.stream().filter(RequestHistory::isStep).map(step -> step(step, activities)).toList(),
        active.stream().filter(step -> step.getProcessInstanceId().equals(root.getId()))
            .filter(step -> !SCOPES.contains(step.getActivityType()))
            .map(HistoricActivityInstance::getActivityId).distinct().toList());
  }

  /** The BPMN XML of the request's process, for its diagram. */
  public byte[] diagram(UUID organizationId, RequestType type, String id) {
    try (var model = repository.getProcessModel(root(organizationId, type, id).getProcessDefinitionId())) {
      return model.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The latest instance of the request: a merge's consent and its review share the review's id. */
  private HistoricProcessInstance root(UUID organizationId, RequestType type, String id) {
    return history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(id)
        .processDefinitionKeyIn(type.processKeys().toArray(String[]::new))
        .variableValueEquals(EngineRequests.ORGANIZATION, organizationId.toString())
        .orderByProcessInstanceStartTime().desc()
        .listPage(0, 10).stream()
        .filter(instance -> instance.getSuperProcessInstanceId() == null)
        .findFirst()
        .orElseThrow(() -> new NotFound("Request", type + "/" + id));
  }

  private List<HistoricActivityInstance> activities(List<HistoricProcessInstance> tree) {
    return tree.stream()
        .flatMap(instance -> history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
            .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc()
            .listPage(0, MAX_STEPS).stream())
        .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime))
        .toList();
  }

  private String title(HistoricProcessInstance root) {
    HistoricVariableInstance title = history.createHistoricVariableInstanceQuery()
        .processInstanceId(root.getId()).variableName(EngineRequests.TITLE).singleResult();
    return title != null && title.getValue() instanceof String text ? text : root.getProcessDefinitionName();
  }

  private static boolean isStep(HistoricActivityInstance activity) {
    return activity.getActivityName() != null && !NOT_STEPS.contains(activity.getActivityType());
  }

  private RequestStep step(HistoricActivityInstance activity, List<HistoricActivityInstance> all) {
    return new RequestStep(activity.getActivityName(), activity.getStartTime().toInstant(),
        activity.getEndTime() == null ? null : activity.getEndTime().toInstant(), actors.by(activity, all));
  }
}
