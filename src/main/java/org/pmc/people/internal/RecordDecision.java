package org.pmc.people.internal;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmc.people.internal.Invitations;
import org.springframework.stereotype.Component;

/** Applies an admin's approval or rejection (variable {@code approved}) to the person. */
@Component("recordDecision")
class RecordDecision implements JavaDelegate {

  private final Invitations invitations;

  RecordDecision(Invitations invitations) {
    this.invitations = invitations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    invitations.recordDecision(UUID.fromString(execution.getProcessBusinessKey()),
        Boolean.TRUE.equals(execution.getVariable("approved")));
  }
}
