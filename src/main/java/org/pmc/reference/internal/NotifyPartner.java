package org.pmc.reference.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the partner what became of a reference; input {@code notice} names what (R-REF-5). */
@Component("notifyPartner")
class NotifyPartner implements JavaDelegate {

  private final ReferenceMails mails;

  NotifyPartner(ReferenceMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.notifyPartner(ReferenceSteps.referenceId(execution),
        PartnerNotice.valueOf((String) execution.getVariableLocal("notice")));
  }
}
