package org.pmc.reference.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmc.reference.CustomerReferenceService;
import org.springframework.stereotype.Component;

/** R-REF-3: two years after approval the reference is expired. */
@Component("markReferenceExpired")
class MarkReferenceExpired implements JavaDelegate {

  private final CustomerReferenceService references;

  MarkReferenceExpired(CustomerReferenceService references) {
    this.references = references;
  }

  @Override
  public void execute(DelegateExecution execution) {
    references.expire(ReferenceSteps.referenceId(execution));
  }
}
