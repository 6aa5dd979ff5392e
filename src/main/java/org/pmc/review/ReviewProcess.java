package org.pmc.review;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The {@code location-dissociation} and {@code organization-merge} processes (api.md, "Tasks in Camunda
 * Tasklist"). Business key: the review id. The RSC completes {@code rscReview} (after 5 days the lead,
 * {@code leadReview}) with {@code approved} and {@code comment}.
 */
@Component
public class ReviewProcess {

  public static final String DISSOCIATION = "location-dissociation";
  public static final String MERGE = "organization-merge";
  public static final String RSC_REVIEW = "rscReview";
  public static final String LEAD_REVIEW = "leadReview";
  public static final String APPROVED = "approved";
  public static final String COMMENT = "comment";

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
    runtime.startProcessInstanceByKey(review.getType() == ReviewType.MERGE ? MERGE : DISSOCIATION,
        review.getId().toString(), variables);
  }
}
