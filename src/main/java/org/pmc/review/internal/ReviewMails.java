package org.pmc.review.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.pmc.notification.Mail;
import org.pmc.notification.NotificationProperties;
import org.pmc.notification.OutgoingMail;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.review.internal.Review;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The emails of the RSC reviews: reminders to the reviewers, the decision to the partner who asked. */
@Service
class ReviewMails {

  private final Reviews reviews;
  private final OrganizationService organizations;
  private final IdentityService identity;
  private final OutgoingMail mail;
  private final NotificationProperties notification;

  ReviewMails(Reviews reviews, OrganizationService organizations, IdentityService identity, OutgoingMail mail,
      NotificationProperties notification) {
    this.reviews = reviews;
    this.organizations = organizations;
    this.identity = identity;
    this.mail = mail;
    this.notification = notification;
  }

  /** To every member of the group with an email address (Camunda identity). */
  @Transactional(readOnly = true)
  public void remind(UUID reviewId, String group) {
    Review review = reviews.findById(reviewId).orElseThrow();
    Map<String, Object> model = model(review);
    model.put("tasklist", notification.publicUrl() + "/camunda/app/tasklist/");
    List<User> reviewers = identity.createUserQuery().memberOfGroup(group).list();
    for (User reviewer : reviewers) {
      if (reviewer.getEmail() != null && !reviewer.getEmail().isBlank()) {
        model.put("firstName", reviewer.getFirstName() == null ? "" : reviewer.getFirstName());
        mail.send(new Mail(reviewer.getEmail(), "Reminder: a " + model.get("what") + " waits for your review",
            "review-reminder", model));
      }
    }
  }

  @Transactional(readOnly = true)
  public void decision(UUID reviewId) {
    Review review = reviews.findById(reviewId).orElseThrow();
    Map<String, Object> model = model(review);
    model.put("approved", review.getStatus() == ReviewStatus.COMPLETED);
    model.put("comment", review.getComment() == null ? "" : review.getComment());
    mail.send(new Mail(review.getRequestedBy(), "Your " + model.get("what") + " request was "
        + (review.getStatus() == ReviewStatus.COMPLETED ? "approved" : "rejected"), "review-decided", model));
  }

  /** The reviewer's question, to the partner who asked for the review, with the page to answer it on. */
  @Transactional(readOnly = true)
  public void question(UUID reviewId, String question) {
    questionMail(reviewId, question, "The RSC has a question about your ");
  }

  /** R-REV-2: after 2 days without an answer, the same question again, as a reminder. */
  @Transactional(readOnly = true)
  public void questionReminder(UUID reviewId, String question) {
    questionMail(reviewId, question, "Reminder: the RSC waits for your answer about your ");
  }

  private void questionMail(UUID reviewId, String question, String subject) {
    Review review = reviews.findById(reviewId).orElseThrow();
    Map<String, Object> model = model(review);
    model.put("question", question == null ? "" : question);
    model.put("answerUrl", notification.publicUrl() + "/portal/reviews/" + reviewId + "/question");
    mail.send(new Mail(review.getRequestedBy(), subject + model.get("what") + " request", "review-question", model));
  }

  private Map<String, Object> model(Review review) {
    Map<String, Object> model = new HashMap<>();
    OrganizationView organization = organizations.organization(review.getOrganizationId());
    model.put("organizationName", organization.name());
    model.put("partnerNumber", organization.partnerNumber()); // R-PPL-8
    model.put("what", review.getType() == ReviewType.MERGE
        ? "merge with " + organizations.organization(review.getOtherOrganizationId()).name()
        : "dissociation of " + organizations.location(review.getOrganizationId(), review.getLocationId()).name());
    model.put("reason", review.getReason());
    model.put("reviewId", review.getId().toString());
    return model;
  }
}
