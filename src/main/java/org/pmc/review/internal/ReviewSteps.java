package org.pmc.review.internal;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.pmc.review.internal.LocationReviews;
import org.pmc.review.internal.ReviewMails;
import org.pmc.review.internal.ReviewProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code location-dissociation} and {@code organization-merge}, as Spring beans. */
@Configuration(proxyBeanMethods = false)
class ReviewSteps {

  /** Approved: carried out in the transaction that completes the review task. */
  @Bean("carryOutReview")
  JavaDelegate carryOutReview(LocationReviews reviews) {
    return execution -> reviews.carryOut(reviewId(execution), decidedBy(execution), comment(execution));
  }

  /** Rejected: only the review changes. */
  @Bean("rejectReview")
  JavaDelegate rejectReview(LocationReviews reviews) {
    return execution -> reviews.reject(reviewId(execution), decidedBy(execution), comment(execution));
  }

  /** After 2 days without a decision: every member of the reviewing group hears of it. */
  @Bean("remindReviewers")
  JavaDelegate remindReviewers(ReviewMails mails) {
    return execution -> mails.remind(reviewId(execution), (String) execution.getVariable("reviewGroup"));
  }

  /** Approved or rejected: the partner who asked hears of it, with the reviewer's comment. */
  @Bean("notifyRequester")
  JavaDelegate notifyRequester(ReviewMails mails) {
    return execution -> mails.decision(reviewId(execution));
  }

  /** The reviewer asked a question: the partner who asked for the review hears of it, with a link to answer. */
  @Bean("emailQuestion")
  JavaDelegate emailQuestion(ReviewMails mails) {
    return execution -> mails.question(reviewId(execution), (String) execution.getVariable(ReviewProcess.QUESTION));
  }

  /**
   * A review task carries its subject in Tasklist (R-REV-1): "Dissociation of Lyon — Contoso Partners"; the lead's
   * task says it is the lead's.
   */
  @Bean("nameReviewTask")
  TaskListener nameReviewTask(ReviewSubjects subjects) {
    return task -> task.setName((ReviewProcess.LEAD_REVIEW.equals(task.getTaskDefinitionKey()) ? "Lead review: " : "")
        + subjects.subject(reviewId(task.getExecution())));
  }

  private static UUID reviewId(DelegateExecution execution) {
    return UUID.fromString(execution.getProcessBusinessKey());
  }

  private static String comment(DelegateExecution execution) {
    Object comment = execution.getVariable(ReviewProcess.COMMENT);
    return comment == null || comment.toString().isBlank() ? null : comment.toString();
  }

  /** The Camunda user completing the task (Tasklist or /engine-rest); the group when none is known. */
  private static String decidedBy(DelegateExecution execution) {
    Authentication current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return current != null && current.getUserId() != null ? current.getUserId() : "RSC";
  }
}
