package org.pmc.requests.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.pmc.requests.RequestType;
import org.pmc.requests.WaitingFor;
import org.springframework.stereotype.Component;

/**
 * A request's wait from what the engine holds of its instance tree: the step it is in (the deepest active step,
 * preferring one that waits for a person), whom that step waits for, and since when.
 */
@Component
class RequestStates {

  private static final String SETTLED = "SETTLED";
  /** Between steps: an asynchronous step is due (e.g. a mail being sent, or retried after a failure). */
  private static final String PROCESSING = "Processing";
  private static final List<String> SCOPES = List.of("subProcess", "callActivity", "multiInstanceBody");

  private final WaitModel model;

  RequestStates(WaitModel model) {
    this.model = model;
  }

  /** Empty when the request is settled, i.e. only waits for something that needs nobody (R-REF-6 expiry). */
  Optional<WaitingRequest> waiting(HistoricProcessInstance root, List<HistoricActivityInstance> active,
      Set<String> instanceIds) {
    Optional<HistoricActivityInstance> leaf = active.stream()
        .filter(activity -> !SCOPES.contains(activity.getActivityType()))
        .max(Comparator.comparing((HistoricActivityInstance activity) -> waitingFor(activity, active)
                != WaitingFor.SYSTEM)
            .thenComparing(HistoricActivityInstance::getStartTime));
    if (leaf.isPresent() && SETTLED.equals(explicit(leaf.get(), active, WaitModel.WAITING_FOR).orElse(null))) {
      return Optional.empty();
    }
    return Optional.of(new WaitingRequest(root, RequestType.of(root.getProcessDefinitionKey()).orElseThrow(),
        leaf.map(activity -> step(activity, active)).orElse(PROCESSING),
        leaf.map(activity -> waitingFor(activity, active)).orElse(WaitingFor.SYSTEM),
        leaf.map(activity -> activity.getStartTime().toInstant()).orElse(root.getStartTime().toInstant()),
        instanceIds));
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
