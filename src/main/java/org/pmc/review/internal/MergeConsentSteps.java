package org.pmc.review.internal;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code merge-consent} (R-LOC-8), as Spring beans; business key: the review id. */
@Configuration(proxyBeanMethods = false)
class MergeConsentSteps {

  /** The other organization's global admins are asked, with the impact on their side and the Tasks page link. */
  @Bean("askForMergeConsent")
  JavaDelegate askForMergeConsent(ReviewMails mails) {
    return execution -> mails.consentRequested(reviewId(execution), false);
  }

  /** Unanswered after 5 days: asked again. */
  @Bean("remindOfMergeConsent")
  JavaDelegate remindOfMergeConsent(ReviewMails mails) {
    return execution -> mails.consentRequested(reviewId(execution), true);
  }

  /** Accepted: the RSC reviews the merge (organization-merge), in the transaction of the answer. */
  @Bean("startMergeReview")
  JavaDelegate startMergeReview(MergeConsents consents) {
    return execution -> consents.startRscReview(reviewId(execution));
  }

  /** Accepted: the partner who asked hears that the RSC reviews it now. */
  @Bean("tellMergeAccepted")
  JavaDelegate tellMergeAccepted(ReviewMails mails) {
    return execution -> mails.consentGiven(reviewId(execution));
  }

  /** Unanswered after 14 days: the request ends as declined. */
  @Bean("expireMergeConsent")
  JavaDelegate expireMergeConsent(MergeConsents consents) {
    return execution -> consents.expire(reviewId(execution));
  }

  /** Declined or expired: both organizations hear the request ended. */
  @Bean("tellMergeDeclined")
  JavaDelegate tellMergeDeclined(ReviewMails mails) {
    return execution -> mails.declined(reviewId(execution));
  }

  private static UUID reviewId(DelegateExecution execution) {
    return UUID.fromString(execution.getProcessBusinessKey());
  }
}
