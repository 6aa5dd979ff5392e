package org.pmc.people.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmc.people.internal.PendingInvitations;
import org.springframework.stereotype.Component;

/** Step of {@code invitation-start}: one batch of pending invitations per job; loops while more wait. */
@Component("startPendingInvitations")
class StartPendingInvitations implements JavaDelegate {

  /** Small enough that the first mails leave early, large enough that the loop costs little. */
  static final int BATCH = 100;

  private final PendingInvitations pending;

  StartPendingInvitations(PendingInvitations pending) {
    this.pending = pending;
  }

  @Override
  public void execute(DelegateExecution execution) {
    pending.startNext(BATCH);
    execution.setVariable("morePending", pending.any());
  }
}
