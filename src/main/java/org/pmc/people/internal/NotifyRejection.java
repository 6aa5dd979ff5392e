package org.pmc.people.internal;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmc.people.internal.InvitationMails;
import org.springframework.stereotype.Component;

/** Tells the person their association was not approved. */
@Component("notifyRejection")
class NotifyRejection implements JavaDelegate {

  private final InvitationMails mails;

  NotifyRejection(InvitationMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.sendRejection(UUID.fromString(execution.getProcessBusinessKey()));
  }
}
