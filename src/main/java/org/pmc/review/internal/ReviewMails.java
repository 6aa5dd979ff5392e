package org.pmc.review.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.pmc.people.PeopleService;
import org.pmc.review.internal.Review;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The emails of the RSC reviews: reminders to the reviewers, the decision to the partner who asked (for a merge, to
 * both organizations), and a merge's consent request to the other organization (R-LOC-8).
 */
@Service
class ReviewMails {

  private final Reviews reviews;
  private final OrganizationService organizations;
  private final IdentityService identity;
  private final OutgoingMail mail;
  private final NotificationProperties notification;
  private final PeopleService people;
  private final ObjectMapper json;

  ReviewMails(Reviews reviews, OrganizationService organizations, IdentityService identity, OutgoingMail mail,
      NotificationProperties notification, PeopleService people, ObjectMapper json) {
    this.people = people;
    this.json = json;
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
        mail.send(new Mail(reviewer.getEmail(), typed("mail.review-reminder.subject.", model), "review-reminder",
            model));
      }
    }
  }

  /**
   * The RSC's decision, to the partner who asked; for a merge also to the other organization's global admins
   * (R-LOC-8: both organizations hear it). Once merged, those are the location admins of its former HQ.
   */
  @Transactional(readOnly = true)
  public void decision(UUID reviewId) {
    Review review = reviews.findById(reviewId).orElseThrow();
    Map<String, Object> model = model(review);
    boolean approved = review.getStatus() == ReviewStatus.COMPLETED;
    model.put("approved", approved);
    model.put("comment", review.getComment() == null ? "" : review.getComment());
    Mail.Subject subject = typed("mail.review-decided.subject." + (approved ? "approved." : "rejected."), model);
    mail.send(new Mail(review.getRequestedBy(), subject, "review-decided", model));
    if (review.getType() == ReviewType.MERGE) {
      Map<String, Object> other = otherSide(review);
      other.put("approved", approved);
      other.put("comment", model.get("comment"));
      UUID otherHq = organizations.organization(review.getOtherOrganizationId()).hqLocationId();
      List<String> admins = approved ? people.locationAdminEmails(otherHq)
          : people.globalAdminEmails(review.getOtherOrganizationId());
      admins.forEach(admin -> mail.send(new Mail(admin, Mail.Subject.of("mail.merge-decided.subject"),
          "merge-decided", other)));
    }
  }

  /** R-LOC-8: the other organization's global admins are asked to consent, with the impact on their side. */
  @Transactional(readOnly = true)
  public void consentRequested(UUID reviewId, boolean reminder) {
    Review review = reviews.findById(reviewId).orElseThrow();
    Map<String, Object> model = otherSide(review);
    model.put("reminder", reminder);
    model.put("impact", consentImpact(review));
    model.put("tasksUrl", notification.publicUrl() + "/portal/tasks");
    model.put("quotedAsking", Mail.quoted((String) model.get("askingOrganization")));
    model.put("quotedReason", Mail.quoted(review.getReason()));
    Mail.Subject subject = Mail.Subject.of(reminder ? "mail.merge-consent-request.reminderSubject"
        : "mail.merge-consent-request.subject");
    people.globalAdminEmails(review.getOtherOrganizationId())
        .forEach(admin -> mail.send(new Mail(admin, subject, "merge-consent-request", model)));
  }

  /** R-LOC-8: accepted, the partner who asked hears that the RSC reviews the merge now. */
  @Transactional(readOnly = true)
  public void consentGiven(UUID reviewId) {
    Review review = reviews.findById(reviewId).orElseThrow();
    mail.send(new Mail(review.getRequestedBy(), Mail.Subject.of("mail.merge-consent-given.subject"),
        "merge-consent-given", model(review)));
  }

  /**
   * R-LOC-8: declined (or unanswered for 14 days), the request ends; the partner who asked and the other
   * organization's global admins hear of it.
   */
  @Transactional(readOnly = true)
  public void declined(UUID reviewId) {
    Review review = reviews.findById(reviewId).orElseThrow();
    boolean expired = review.getComment() != null;
    Map<String, Object> model = model(review);
    model.put("expired", expired);
    model.put("asking", true);
    mail.send(new Mail(review.getRequestedBy(), Mail.Subject.of("mail.merge-declined.subject.asking"),
        "merge-declined", model));
    Map<String, Object> other = otherSide(review);
    other.put("expired", expired);
    other.put("asking", false);
    people.globalAdminEmails(review.getOtherOrganizationId())
        .forEach(admin -> mail.send(new Mail(admin, Mail.Subject.of("mail.merge-declined.subject.other"),
            "merge-declined", other)));
  }

  /** A mail to the other organization: its own partner number, the asking organization by name. */
  private Map<String, Object> otherSide(Review review) {
    Map<String, Object> model = new HashMap<>();
    OrganizationView other = organizations.organization(review.getOtherOrganizationId());
    model.put("organizationName", other.name());
    model.put("partnerNumber", other.partnerNumber()); // R-PPL-8
    model.put("askingOrganization", organizations.organization(review.getOrganizationId()).name());
    model.put("reason", review.getReason());
    model.put("reviewId", review.getId().toString());
    return model;
  }

  private List<String> consentImpact(Review review) {
    try {
      return json.readValue(review.getConsentImpact(), MergeImpact.class).summary();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The reviewer's question, to the partner who asked for the review, with the page to answer it on. */
  @Transactional(readOnly = true)
  public void question(UUID reviewId, String question) {
    questionMail(reviewId, question, "mail.review-question.subject.");
  }

  /** R-REV-2: after 2 days without an answer, the same question again, as a reminder. */
  @Transactional(readOnly = true)
  public void questionReminder(UUID reviewId, String question) {
    questionMail(reviewId, question, "mail.review-question.reminderSubject.");
  }

  private void questionMail(UUID reviewId, String question, String subjectKeys) {
    Review review = reviews.findById(reviewId).orElseThrow();
    Map<String, Object> model = model(review);
    model.put("question", question == null ? "" : question);
    model.put("answerUrl", notification.publicUrl() + "/portal/reviews/" + reviewId + "/question");
    mail.send(new Mail(review.getRequestedBy(), typed(subjectKeys, model), "review-question", model));
  }

  /**
   * The subject of this review's type ({@code <keys>MERGE}, {@code <keys>DISSOCIATION}). These subjects have always
   * named the other organization or the location: that name stays, as the subject's argument.
   */
  private static Mail.Subject typed(String keys, Map<String, Object> model) {
    return Mail.Subject.of(keys + model.get("type"), model.get("target"));
  }

  private Map<String, Object> model(Review review) {
    Map<String, Object> model = new HashMap<>();
    OrganizationView organization = organizations.organization(review.getOrganizationId());
    model.put("organizationName", organization.name());
    model.put("partnerNumber", organization.partnerNumber()); // R-PPL-8
    // What the review is about: its type, and the other organization (a merge) or the location (a dissociation).
    model.put("type", review.getType().name());
    model.put("target", review.getType() == ReviewType.MERGE
        ? organizations.organization(review.getOtherOrganizationId()).name()
        : organizations.location(review.getOrganizationId(), review.getLocationId()).name());
    model.put("reason", review.getReason());
    model.put("reviewId", review.getId().toString());
    return model;
  }
}
