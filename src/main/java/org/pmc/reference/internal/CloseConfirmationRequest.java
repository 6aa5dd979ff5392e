package org.pmc.reference.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmc.reference.CustomerReferenceService;
import org.springframework.stereotype.Component;

/** Ends the request: sets the customer's answer (or none after 30 days, R-REF-5) and the expiry dates. */
@Component("closeConfirmationRequest")
class CloseConfirmationRequest implements JavaDelegate {

  private final CustomerReferenceService references;

  CloseConfirmationRequest(CustomerReferenceService references) {
    this.references = references;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariables(references.closeRequest(ReferenceSteps.referenceId(execution)));
  }
}
