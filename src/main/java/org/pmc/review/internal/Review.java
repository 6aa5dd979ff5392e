package org.pmc.review.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.pmc.web.BusinessRuleViolation;

/**
 * A partner's request that the RSC reviews before it happens: dissociating a location (R-LOC-5) or
 * merging another organization into this one (R-LOC-7). The impact is kept as the partner saw it.
 */
@Entity
public class Review {

  @Id
  private UUID id;
  private UUID organizationId;
  @Enumerated(EnumType.STRING)
  private ReviewType type;
  private UUID locationId;
  private UUID otherOrganizationId;
  private String reason;
  @Enumerated(EnumType.STRING)
  private ReviewStatus status;
  private String impact;
  /** R-REV-3: the impact as it was when the approved change was carried out. */
  private String executedImpact;
  private String requestedBy;
  private String decidedBy;
  private String comment;
  private Instant createdAt;
  private Instant decidedAt;
  private String consentedBy;
  private String consentImpact;
  @Version
  private Long version;

  protected Review() {}

  Review(UUID organizationId, ReviewType type, UUID locationId, UUID otherOrganizationId, String reason,
      String impact, String requestedBy, Instant now) {
    this(organizationId, type, locationId, otherOrganizationId, reason, impact, requestedBy, now,
        ReviewStatus.IN_REVIEW);
  }

  /** R-LOC-8: a merge waits for the other organization's consent ({@code AWAITING_CONSENT}) before the RSC. */
  Review(UUID organizationId, ReviewType type, UUID locationId, UUID otherOrganizationId, String reason,
      String impact, String requestedBy, Instant now, ReviewStatus status) {
    this.id = UUID.randomUUID();
    this.organizationId = organizationId;
    this.type = type;
    this.locationId = locationId;
    this.otherOrganizationId = otherOrganizationId;
    this.reason = reason;
    this.impact = impact;
    this.requestedBy = requestedBy;
    this.status = status;
    this.createdAt = now;
  }

  void decide(boolean approved, String decidedBy, String comment, Instant now) {
    if (status != ReviewStatus.IN_REVIEW) {
      throw new BusinessRuleViolation(type == ReviewType.MERGE ? "R-LOC-7" : "R-LOC-5",
          "The review " + id + " is decided already (" + status + ")");
    }
    this.status = approved ? ReviewStatus.COMPLETED : ReviewStatus.REJECTED;
    this.decidedBy = decidedBy;
    this.comment = comment;
    this.decidedAt = now;
  }

  /**
   * R-LOC-8: the other organization's global admin answers: accepted, the RSC reviews ({@code consentedBy} keeps
   * who accepted); declined, the request ends and {@code decidedBy} keeps who declined it.
   */
  void consent(boolean accepted, String answeredBy, Instant now) {
    if (status != ReviewStatus.AWAITING_CONSENT) {
      throw new BusinessRuleViolation("R-LOC-8", "The merge request " + id + " no longer waits for consent ("
          + status + ")");
    }
    if (accepted) {
      this.status = ReviewStatus.IN_REVIEW;
      this.consentedBy = answeredBy;
    } else {
      this.status = ReviewStatus.DECLINED_BY_OTHER;
      this.decidedBy = answeredBy;
      this.decidedAt = now;
    }
  }

  /** R-LOC-8: unanswered for too long, the request ends as declined; {@code comment} says why. */
  boolean expireConsent(String why, Instant now) {
    if (status != ReviewStatus.AWAITING_CONSENT) {
      return false;
    }
    this.status = ReviewStatus.DECLINED_BY_OTHER;
    this.comment = why;
    this.decidedAt = now;
    return true;
  }

  /** R-REV-3: what the approved change touched when it was carried out. */
  void carriedOut(String executedImpact) {
    this.executedImpact = executedImpact;
  }

  /** R-REV-4: the partner withdraws a review still waiting; {@code decidedBy} keeps who withdrew it. */
  void withdraw(String withdrawnBy, Instant now) {
    if (status != ReviewStatus.IN_REVIEW && status != ReviewStatus.AWAITING_CONSENT) {
      throw new BusinessRuleViolation("R-REV-4", "Only a review still waiting can be withdrawn; this one is "
          + status);
    }
    this.status = ReviewStatus.WITHDRAWN;
    this.decidedBy = withdrawnBy;
    this.decidedAt = now;
  }

  public UUID getId() {
    return id;
  }

  public UUID getOrganizationId() {
    return organizationId;
  }

  public ReviewType getType() {
    return type;
  }

  public UUID getLocationId() {
    return locationId;
  }

  public UUID getOtherOrganizationId() {
    return otherOrganizationId;
  }

  public String getReason() {
    return reason;
  }

  public ReviewStatus getStatus() {
    return status;
  }

  public String getImpact() {
    return impact;
  }

  public String getExecutedImpact() {
    return executedImpact;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getComment() {
    return comment;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  /** R-LOC-8: the impact on the other organization's side, as its global admins see it. */
  void consentImpact(String impact) {
    this.consentImpact = impact;
  }

  public String getConsentImpact() {
    return consentImpact;
  }

  public String getConsentedBy() {
    return consentedBy;
  }
}
