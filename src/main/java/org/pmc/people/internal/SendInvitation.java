package org.pmc.people.internal;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmc.people.internal.InvitationMails;
import org.springframework.stereotype.Component;

/** Sends the invitation to complete the profile; input {@code reminder} true for the 7-day reminder. */
@Component("sendInvitation")
class SendInvitation implements JavaDelegate {

  private final InvitationMails mails;

  SendInvitation(InvitationMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.sendInvitation(UUID.fromString(execution.getProcessBusinessKey()),
        Boolean.TRUE.equals(execution.getVariableLocal("reminder")));
  }
}
