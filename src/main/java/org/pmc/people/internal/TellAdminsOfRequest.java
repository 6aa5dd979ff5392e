package org.pmc.people.internal;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmc.people.internal.RequestNoticeMails;
import org.springframework.stereotype.Component;

/** R-PPL-3: the admins who may approve hear that a request waits for them. */
@Component("tellAdminsOfRequest")
class TellAdminsOfRequest implements JavaDelegate {

  private final RequestNoticeMails mails;

  TellAdminsOfRequest(RequestNoticeMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.send(UUID.fromString(execution.getProcessBusinessKey()));
  }
}
