package org.pmc.requests.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.pmc.requests.OpenRequest;
import org.pmc.requests.RequestType;
import org.pmc.requests.WaitingFor;
import org.springframework.stereotype.Component;

/**
 * A request's live state from what the engine holds of its instance tree: the wait it is in (the deepest active
 * step, preferring one that waits for a person), whom that wait is for, and its earliest timer.
 */
@Component
class RequestStates {

  private static final String SETTLED = "SETTLED";
  private static final List<String> SCOPES = List.of("subProcess", "callActivity", "multiInstanceBody");

  private final WaitModel model;
  private final TimerSteps timers;

  RequestStates(WaitModel model, TimerSteps timers) {
    this.model = model;
    this.timers = timers;
  }

  /** Empty when the request is settled, i.e. only waits for something that needs nobody (R-REF-6 expiry). */
  Optional<OpenRequest> state(HistoricProcessInstance root, String title, List<HistoricActivityInstance> active,
      List<Job> jobs) {
    Optional<HistoricActivityInstance> leaf = active.stream()
        .filter(activity -> !SCOPES.contains(activity.getActivityType()))
        .max(Comparator.comparing((HistoricActivityInstance activity) -> waitingFor(activity, active)
                != WaitingFor.SYSTEM)
            .thenComparing(HistoricActivityInstance::getStartTime));
    if (leaf.isPresent() && SETTLED.equals(explicit(leaf.get(), active, WaitModel.WAITING_FOR).orElse(null))) {
      return Optional.empty();
    }
    Optional<Job> next = jobs.stream().filter(job -> job.getDuedate() != null)
        .min(Comparator.comparing(Job::getDuedate));
    RequestType type = RequestType.of(root.getProcessDefinitionKey()).orElseThrow();
    return Optional.of(new OpenRequest(type, root.getBusinessKey(), title, root.getStartTime().toInstant(),
        leaf.map(activity -> step(activity, active)).orElse("Processing"),
        leaf.map(activity -> waitingFor(activity, active)).orElse(WaitingFor.SYSTEM),
        leaf.map(activity -> activity.getStartTime().toInstant()).orElse(root.getStartTime().toInstant()),
        next.map(timers::describe).orElse(null),
        next.map(job -> job.getDuedate().toInstant()).orElse(null)));
  }

  private String step(HistoricActivityInstance leaf, List<HistoricActivityInstance> active) {
    return explicit(leaf, active, WaitModel.STEP)
        .orElseGet(() -> model.name(leaf.getProcessDefinitionId(), leaf.getActivityId()));
  }

  WaitingFor waitingFor(HistoricActivityInstance leaf, List<HistoricActivityInstance> active) {
    return explicit(leaf, active, WaitModel.WAITING_FOR)
        .filter(value -> !SETTLED.equals(value))
        .map(WaitingFor::valueOf)
        .orElseGet(() -> byDefault(leaf));
  }

  /**
   * The property on the leaf or its scopes; in a called process without one, the property of the call activity
   * (await-payment is the order's wait for payment).
   */
  private Optional<String> explicit(HistoricActivityInstance leaf, Collection<HistoricActivityInstance> active,
      String name) {
    Optional<String> own = model.property(leaf.getProcessDefinitionId(), leaf.getActivityId(), name);
    if (own.isPresent()) {
      return own;
    }
    return active.stream()
        .filter(caller -> leaf.getProcessInstanceId().equals(caller.getCalledProcessInstanceId()))
        .findFirst()
        .flatMap(caller -> explicit(caller, active, name));
  }

  /** A user task waits for whoever its candidate groups are; anything else unnamed is the system's. */
  private WaitingFor byDefault(HistoricActivityInstance leaf) {
    if (!"userTask".equals(leaf.getActivityType())) {
      return WaitingFor.SYSTEM;
    }
    String groups = model.candidateGroups(leaf.getProcessDefinitionId(), leaf.getActivityId()).orElse("");
    if (groups.contains("billing")) {
      return WaitingFor.BILLING;
    }
    return groups.contains("rsc") || groups.contains("support") ? WaitingFor.RSC : WaitingFor.PARTNER;
  }
}
