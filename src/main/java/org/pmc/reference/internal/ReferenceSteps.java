package org.pmc.reference.internal;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Delegates of the customer-reference process read the reference id from the business key. */
final class ReferenceSteps {

  private ReferenceSteps() {}

  static UUID referenceId(DelegateExecution execution) {
    return UUID.fromString(execution.getProcessBusinessKey());
  }
}
