package org.pmc.reference.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmc.reference.internal.ReferenceMails;
import org.pmc.reference.internal.ReferenceSteps;
import org.springframework.stereotype.Component;

/** Sends the customer the request to confirm, or with input {@code reminder} 1 or 2, a reminder (R-REF-5). */
@Component("sendConfirmationRequest")
class SendConfirmationRequest implements JavaDelegate {

  private final ReferenceMails mails;

  SendConfirmationRequest(ReferenceMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object reminder = execution.getVariableLocal("reminder");
    mails.sendConfirmationRequest(ReferenceSteps.referenceId(execution),
        reminder == null ? 0 : Integer.parseInt(reminder.toString()));
  }
}
