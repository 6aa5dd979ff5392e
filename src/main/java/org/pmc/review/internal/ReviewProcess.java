package org.pmc.review.internal;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.pmc.review.internal.Impact;
import org.pmc.review.internal.Review;
import org.springframework.stereotype.Component;

/**
 * The {@code location-dissociation} and {@code organization-merge} processes (api.md, "Tasks in Camunda
 * Tasklist"). Business key: the review id. The RSC completes {@code rscReview} (after 5 days the lead,
 * {@code leadReview}) with {@code decision} ({@link ReviewDecision}) and {@code comment}, or with the older
 * {@code approved} (R-REV-1). Asking ({@code ASK}, the comment is the question) sends the question to the
 * partner's admins, who answer in the portal ({@code answerQuestion}, variable {@code partnerAnswer}, the question
 * kept as {@code askedQuestion}); answered or not after 5 days, the review is back with whoever asked
 * ({@code reviewStage}, R-REV-2). The partner may withdraw while it waits (message {@code reviewWithdrawn},
 * R-REV-4).
 */
@Component
public class ReviewProcess {

  public static final String DISSOCIATION = "location-dissociation";
  public static final String MERGE = "organization-merge";
  public static final String RSC_REVIEW = "rscReview";
  public static final String LEAD_REVIEW = "leadReview";
  public static final String APPROVED = "approved";
  public static final String DECISION = "decision";
  /** Who decided (a Camunda user id), set when the review task completes (R-REV-5). */
  public static final String DECIDED_BY = "decidedBy";
  /** {@code rsc} or {@code lead}: where an answered (or unanswered) question returns to (R-REV-2). */
  public static final String REVIEW_STAGE = "reviewStage";
  public static final String LEAD_STAGE = "lead";
  public static final String RSC_STAGE = "rsc";
  /** R-REV-2: what {@code partnerAnswer} reads when the partner left the question unanswered for 5 days. */
  public static final String NO_ANSWER = "(no answer in 5 days)";
  public static final String COMMENT = "comment";
  public static final String ANSWER_QUESTION = "answerQuestion";
  public static final String QUESTION = "question";
  public static final String ASKED_QUESTION = "askedQuestion";
  public static final String PARTNER_ANSWER = "partnerAnswer";
  /** R-REV-4: ends the review's process, whatever waits in it. */
  public static final String WITHDRAWN_MESSAGE = "reviewWithdrawn";
  /**
   * R-LOC-8: before the RSC, the other organization's global admins consent to a merge ({@code giveConsent},
   * candidate group {@code partner-admins-<otherOrganizationId>}, completed with {@code accepted}).
   */
  public static final String MERGE_CONSENT = "merge-consent";
  public static final String GIVE_CONSENT = "giveConsent";
  public static final String ACCEPTED = "accepted";

  private final RuntimeService runtime;

  ReviewProcess(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** Started in the caller's transaction: the review and its process commit together. */
  void start(Review review, String organizationName, Impact impact) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("organizationId", review.getOrganizationId().toString());
    variables.put("organizationName", organizationName);
    variables.put("requestedBy", review.getRequestedBy());
    variables.put("reason", review.getReason());
    variables.put("reviewSummary", String.join("\n", impact.summary()));
    // Tasklist columns (R-REV-1): whom and what the review is about
    // requestTitle: the requester's requests page lists the review (requests module).
    if (impact instanceof DissociationImpact dissociation) {
      variables.put("locationName", dissociation.location());
      variables.put("requestTitle", "Dissociation of " + dissociation.location());
    } else if (impact instanceof MergeImpact merge) {
      variables.put("otherOrganizationName", merge.otherOrganization());
      variables.put("requestTitle", "Merge of " + merge.otherOrganization() + " into " + organizationName);
    }
    runtime.startProcessInstanceByKey(review.getType() == ReviewType.MERGE ? MERGE : DISSOCIATION,
        review.getId().toString(), variables);
  }

  /**
   * R-LOC-8: started in the caller's transaction, with the merge request: the other organization's global admins are
   * asked first.
   */
  void startConsent(Review review, String requesterName) {
    // The consent is the other organization's to give: its requests page lists it, waiting for it (requests
    // module); the requester's page lists the merge from its RSC review on (organization-merge).
    runtime.startProcessInstanceByKey(MERGE_CONSENT, review.getId().toString(), Map.of(
        "organizationId", review.getOtherOrganizationId().toString(),
        "otherOrganizationId", review.getOtherOrganizationId().toString(),
        "requesterOrganizationId", review.getOrganizationId().toString(),
        "requestTitle", "Consent to merging into " + requesterName));
  }

  /**
   * Correlated in the caller's transaction: the review is WITHDRAWN when its process ends. A merge's consent and its
   * RSC review share the business key; both end (the consent may still be telling the requester it was accepted).
   */
  void withdraw(Review review) {
    runtime.createMessageCorrelation(WITHDRAWN_MESSAGE).processInstanceBusinessKey(review.getId().toString())
        .correlateAllWithResult();
  }
}
