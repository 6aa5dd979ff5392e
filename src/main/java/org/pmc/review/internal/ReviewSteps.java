package org.pmc.review.internal;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
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

  /** After 2 days without an answer: the partner who asked is reminded of the RSC's question (R-REV-2). */
  @Bean("remindPartner")
  JavaDelegate remindPartner(ReviewMails mails) {
    return execution -> mails.questionReminder(reviewId(execution),
        (String) execution.getVariable(ReviewProcess.QUESTION));
  }

  /** R-REV-2: 5 days without an answer: the review returns to whoever asked, marked "no answer". */
  @Bean("recordNoAnswer")
  JavaDelegate recordNoAnswer(ReviewTasks reviewTasks) {
    return execution -> {
      reviewTasks.unanswered(reviewId(execution));
      execution.setVariable(ReviewProcess.ASKED_QUESTION, execution.getVariable(ReviewProcess.QUESTION));
      execution.setVariable(ReviewProcess.PARTNER_ANSWER, ReviewProcess.NO_ANSWER);
      execution.setVariable(ReviewProcess.QUESTION, null);
    };
  }

  /**
   * A review task carries its subject in Tasklist (R-REV-1): "Dissociation of Lyon — Contoso Partners", the lead's
   * says it is the lead's; its description links the staff console; the impact is computed again (R-REV-3).
   */
  @Bean("nameReviewTask")
  TaskListener nameReviewTask(ReviewTasks reviewTasks) {
    return reviewTasks::opened;
  }

  /** R-REV-1: refuses to complete a review task without a decision, or without a comment to reject or ask. */
  @Bean("checkDecision")
  TaskListener checkDecision(ReviewTasks reviewTasks) {
    return reviewTasks::decided;
  }

  private static UUID reviewId(DelegateExecution execution) {
    return UUID.fromString(execution.getProcessBusinessKey());
  }

  private static String comment(DelegateExecution execution) {
    Object comment = execution.getVariable(ReviewProcess.COMMENT);
    return comment == null || comment.toString().isBlank() ? null : comment.toString();
  }

  /** Who completed the review task, kept by {@code checkDecision} (R-REV-5). */
  private static String decidedBy(DelegateExecution execution) {
    return (String) execution.getVariable(ReviewProcess.DECIDED_BY);
  }
}
