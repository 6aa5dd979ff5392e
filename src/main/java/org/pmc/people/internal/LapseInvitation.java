package org.pmc.people.internal;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmc.people.internal.AddressHolds;
import org.springframework.stereotype.Component;

/** R-PPL-7: 30 days without a profile; sets {@code released} for the gateway after it. */
@Component("lapseInvitation")
class LapseInvitation implements JavaDelegate {

  private final AddressHolds holds;

  LapseInvitation(AddressHolds holds) {
    this.holds = holds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("released", holds.lapse(UUID.fromString(execution.getProcessBusinessKey())));
  }
}
