package org.pmc.review.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pmc.platform.StaffNames;
import org.springframework.stereotype.Component;

/** Reviews as the partner sees them (R-REV-4): with the RSC's waiting question and who decided, by name. */
@Component
class ReviewViews {

  private final ReviewQuestions questions;
  private final ObjectMapper json;
  private final StaffNames staff;

  ReviewViews(ReviewQuestions questions, ObjectMapper json, StaffNames staff) {
    this.questions = questions;
    this.json = json;
    this.staff = staff;
  }

  ReviewView of(Review review) {
    return of(review, questions.waiting(review.getOrganizationId(), Set.of(review.getId())));
  }

  /** One organization's reviews, their questions read together. */
  List<ReviewView> of(List<Review> reviews) {
    if (reviews.isEmpty()) {
      return List.of();
    }
    Map<UUID, String> waiting = questions.waiting(reviews.get(0).getOrganizationId(),
        reviews.stream().map(Review::getId).toList());
    return reviews.stream().map(review -> of(review, waiting)).toList();
  }

  /**
   * Issue 13: the partner sees who decided by name, not by the staff user id the review keeps; a withdrawal
   * keeps the partner's own email.
   */
  private ReviewView of(Review review, Map<UUID, String> waiting) {
    String question = waiting.get(review.getId());
    ReviewStatus status = question != null ? ReviewStatus.QUESTION : review.getStatus();
    try {
      JsonNode impact = json.readTree(review.getImpact());
      return new ReviewView(review.getId(), review.getType(), status, review.getCreatedAt(), review.getRequestedBy(),
          impact, review.getReason(), question, decidedBy(review, status, impact), review.getDecidedAt(),
          review.getComment());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A withdrawal keeps the partner's own email; a declined merge names the other organization, not which of its
   * admins declined (R-LOC-8: the other organization's people stay private).
   */
  private String decidedBy(Review review, ReviewStatus status, JsonNode impact) {
    return switch (status) {
      case WITHDRAWN -> review.getDecidedBy();
      case DECLINED_BY_OTHER -> impact.path("otherOrganization").asText();
      default -> staff.displayName(review.getDecidedBy());
    };
  }
}
