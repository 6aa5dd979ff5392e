package org.pmc.reference;

import java.util.UUID;
import org.pmc.competency.Competency;
import org.pmc.reference.internal.CustomerAnswer;
import org.pmc.reference.internal.CustomerAnswers;
import org.pmc.reference.internal.NewReference;
import org.springframework.stereotype.Service;

/**
 * A customer reference written by the partner and answered by its customer (R-REF-1, R-REF-2), for callers that
 * are neither the partner's page nor the customer's link, such as the demo organization: the same process, mails
 * and answers.
 */
@Service
public class CustomerConfirmations {

  private final CustomerReferenceService references;
  private final CustomerAnswers answers;

  CustomerConfirmations(CustomerReferenceService references, CustomerAnswers answers) {
    this.references = references;
    this.answers = answers;
  }

  /** R-REF-1: the partner's reference; its confirmation request goes to the customer's contact. Its id. */
  public UUID create(UUID organizationId, UUID createdBy, String customerCompany, String contactName,
      String contactEmail, String description, UUID locationId, Competency competency) {
    return references.create(organizationId, createdBy, new NewReference(customerCompany, contactName, contactEmail,
        description, locationId, competency)).id();
  }

  /** R-REF-2: the customer confirms (the reference is approved for two years) or declines. */
  public void answer(UUID referenceId, boolean confirmed) {
    answers.answer(referenceId, confirmed ? CustomerAnswer.CONFIRM : CustomerAnswer.DECLINE);
  }
}
