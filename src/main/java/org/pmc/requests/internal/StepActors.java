package org.pmc.requests.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.pmc.platform.StaffNames;
import org.pmc.requests.WaitingFor;
import org.springframework.stereotype.Component;

/**
 * Who did a step, in a partner's words: the staff member who held a task, by name; otherwise the party a wait was
 * for (the customer answered, the partner paid); steps the application takes alone are the system's.
 */
@Component
class StepActors {

  private static final Set<String> WAITS = Set.of("userTask", "receiveTask", "intermediateMessageCatch",
      "boundaryMessage", "messageStartEvent", "intermediateSignalCatch", "boundarySignal");
  private static final Map<WaitingFor, String> PARTIES = Map.of(
      WaitingFor.CUSTOMER, "Customer", WaitingFor.PARTNER, "Partner", WaitingFor.RSC, "RSC",
      WaitingFor.BILLING, "Billing", WaitingFor.PERSON, "Invited person", WaitingFor.SYSTEM, "System");

  private final StaffNames staff;
  private final RequestStates states;

  StepActors(StaffNames staff, RequestStates states) {
    this.staff = staff;
    this.states = states;
  }

  String by(HistoricActivityInstance step, List<HistoricActivityInstance> all) {
    if (step.getAssignee() != null) {
      return staff.displayName(step.getAssignee());
    }
    return WAITS.contains(step.getActivityType()) ? PARTIES.get(states.waitingFor(step, all))
        : PARTIES.get(WaitingFor.SYSTEM);
  }
}
