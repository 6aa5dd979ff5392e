package org.pmc.review.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.pmc.activity.ActivityLog;
import org.pmc.activity.ActorKind;
import org.pmc.competency.EvidenceChanged;
import org.pmc.organization.LocationStatus;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.platform.StaffNames;
import org.pmc.review.internal.DissociationImpact;
import org.pmc.review.internal.Impact;
import org.pmc.review.internal.ImpactAnalysis;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.InvalidField;
import org.pmc.web.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * RSC reviews of a location dissociation (R-LOC-5) and an organization merge (R-LOC-7): the partner asks
 * and sees the impact; the RSC decides in Tasklist; an approved change is carried out in the transaction
 * that completes the task.
 */
@Service
public class LocationReviews {

  private static final Logger log = LoggerFactory.getLogger(LocationReviews.class);
  private static final List<ReviewStatus> WAITING = List.of(ReviewStatus.AWAITING_CONSENT, ReviewStatus.IN_REVIEW);
  /** Who ended a review whose organization merged into another (R-LOC-8). */
  private static final String MERGED = "system (organization merged)";

  private final Reviews reviews;
  private final ImpactAnalysis analysis;
  private final ReviewProcess process;
  private final OrganizationService organizations;
  private final ActivityLog activity;
  private final ApplicationEventPublisher events;
  private final ObjectMapper json;
  private final ReviewViews views;
  private final Clock clock;
  private final ImpactChanges impactChanges;
  private final StaffNames staff;

  LocationReviews(Reviews reviews, ImpactAnalysis analysis, ReviewProcess process,
      OrganizationService organizations, ActivityLog activity, ApplicationEventPublisher events,
      ObjectMapper json, ReviewViews views, Clock clock, ImpactChanges impactChanges, StaffNames staff) {
    this.impactChanges = impactChanges;
    this.staff = staff;
    this.reviews = reviews;
    this.analysis = analysis;
    this.process = process;
    this.organizations = organizations;
    this.activity = activity;
    this.events = events;
    this.json = json;
    this.views = views;
    this.clock = clock;
  }

  /** What dissociating the location would do; refused before any review starts when R-LOC-5 forbids it. */
  @Transactional(readOnly = true)
  public DissociationImpact dissociationImpact(UUID organizationId, UUID locationId) {
    checkDissociation(organizationId, locationId);
    return analysis.dissociation(organizationId, locationId);
  }

  /**
   * What the asking organization sees before it asks: its own side, the other organization by name only (R-LOC-8:
   * a partner sees another organization's data only through the consent task).
   */
  @Transactional(readOnly = true)
  public MergeImpact mergeImpact(UUID organizationId, UUID otherOrganizationId) {
    return fullMergeImpact(organizationId, otherOrganizationId).requesterSide();
  }

  private MergeImpact fullMergeImpact(UUID organizationId, UUID otherOrganizationId) {
    checkMerge(organizationId, otherOrganizationId);
    // R-LOC-10: refused before any review starts when the merged organization would pass the limits (checked
    // again, under both locks, when the merge is carried out).
    organizations.requireRoomForMerge(organizationId, otherOrganizationId);
    return analysis.merge(organizationId, otherOrganizationId);
  }

  /** Whether the organization ever asked for a review, a dissociation or a merge, whatever became of it. */
  @Transactional(readOnly = true)
  public boolean anyRequestedBy(UUID organizationId) {
    return reviews.findByOrganizationIdOrderByCreatedAtDescIdDesc(organizationId, Pageable.ofSize(1)).hasContent();
  }

  /** R-LOC-5: the request, its impact and the RSC review start together. */
  @Transactional
  public ReviewView requestDissociation(UUID organizationId, UUID locationId, String reason, String requestedBy) {
    DissociationImpact impact = dissociationImpact(organizationId, locationId);
    if (reviews.existsByLocationIdAndStatus(locationId, ReviewStatus.IN_REVIEW)) {
      throw new BusinessRuleViolation("R-LOC-5", "The dissociation of this location is in RSC review already");
    }
    Review review = reviews.save(new Review(organizationId, ReviewType.DISSOCIATION, locationId, null,
        reason(reason), write(impact), requestedBy, clock.instant()));
    process.start(review, organizations.organization(organizationId).name(), impact);
    activity.record(organizationId, "DISSOCIATION_REQUESTED", "LOCATION", locationId,
        "Dissociation of " + impact.location() + " sent to RSC review");
    log.info("Review {}: dissociation of location {} requested by {}", review.getId(), locationId, requestedBy);
    return views.of(review);
  }

  /**
   * R-LOC-8: the request waits for the other organization's consent first ({@code merge-consent}); accepted, the RSC
   * reviews it (R-LOC-7). Each side keeps the impact on its own side.
   */
  @Transactional
  public ReviewView requestMerge(UUID organizationId, UUID otherOrganizationId, String reason, String requestedBy) {
    MergeImpact impact = fullMergeImpact(organizationId, otherOrganizationId);
    if (reviews.existsByOrganizationIdAndOtherOrganizationIdAndStatusIn(organizationId, otherOrganizationId,
        WAITING)) {
      throw new BusinessRuleViolation("R-LOC-8", "A merge with this organization waits already");
    }
    Review review = new Review(organizationId, ReviewType.MERGE, null, otherOrganizationId, reason(reason),
        write(impact.requesterSide()), requestedBy, clock.instant(), ReviewStatus.AWAITING_CONSENT);
    review.consentImpact(write(impact.otherSide()));
    reviews.save(review);
    process.startConsent(review, impact.organization());
    activity.record(organizationId, "MERGE_REQUESTED", "ORGANIZATION", otherOrganizationId,
        "Merge of " + impact.otherOrganization() + " into this organization requested; waiting for its consent");
    activity.record(otherOrganizationId, "MERGE_REQUESTED", "REVIEW", review.getId(),
        impact.organization() + " asks to merge this organization into theirs; a global admin consents or declines");
    log.info("Review {}: merge of {} into {} requested by {}", review.getId(), otherOrganizationId, organizationId,
        requestedBy);
    return views.of(review);
  }

  @Transactional(readOnly = true)
  public ReviewView review(UUID organizationId, UUID reviewId) {
    return views.of(reviews.findByIdAndOrganizationId(reviewId, organizationId)
        .orElseThrow(() -> new NotFound("Review", reviewId)));
  }

  @Transactional(readOnly = true)
  public ReviewView review(UUID reviewId) {
    return views.of(find(reviewId));
  }

  /**
   * Approved: carried out in the transaction that completes the review task. R-REV-3: the impact is computed again
   * first and kept with the review; R-REV-5: the staff member who approved is named in the activity log.
   */
  @Transactional
  public void carryOut(UUID reviewId, String decidedBy, String comment) {
    Review review = find(reviewId);
    review.decide(true, decidedBy, comment, clock.instant());
    Impact executed = analysis.now(review);
    String changes = executed == null ? ImpactChanges.NONE : impactChanges.since(review.getImpact(), executed);
    if (executed != null) {
      review.carriedOut(write(executed));
    }
    activity.record(review.getOrganizationId(), ActorKind.STAFF, staff.displayName(decidedBy), "REVIEW_APPROVED",
        "REVIEW", reviewId, "RSC approved the " + review.getType().name().toLowerCase() + " request"
            + (comment == null ? "" : ": " + comment) + " (impact when carried out: " + changes + ")");
    if (review.getType() == ReviewType.DISSOCIATION) {
      dissociate(review.getOrganizationId(), review.getLocationId());
    } else {
      merge(review.getOrganizationId(), review.getOtherOrganizationId());
    }
    events.publishEvent(EvidenceChanged.everywhere(review.getOrganizationId()));
    log.info("Review {} approved by {} and carried out; impact since the request: {}", reviewId, decidedBy, changes);
  }

  /** Rejected: nothing changes but the review; R-REV-5: the staff member who rejected is named in the log. */
  @Transactional
  public void reject(UUID reviewId, String decidedBy, String comment) {
    Review review = find(reviewId);
    review.decide(false, decidedBy, comment, clock.instant());
    activity.record(review.getOrganizationId(), ActorKind.STAFF, staff.displayName(decidedBy), "REVIEW_REJECTED",
        "REVIEW", reviewId, "RSC rejected the " + review.getType().name().toLowerCase() + " request"
            + (comment == null ? "" : ": " + comment));
    log.info("Review {} rejected by {}", reviewId, decidedBy);
  }

  /**
   * R-LOC-5 (decided): the location is soft-deleted; its child locations and its people move to its parent;
   * its program contacts, privileges and admin scopes are released. MCPs and references stay on it, kept
   * for history, and no longer count: its competencies lapse. Each capability moves its own rows
   * (LocationDissociated).
   */
  private void dissociate(UUID organizationId, UUID locationId) {
    organizations.lock(organizationId); // issue 14: the tree changes one change at a time (R-LOC-3)
    checkDissociation(organizationId, locationId);
    LocationView location = organizations.location(organizationId, locationId);
    organizations.dissociate(organizationId, locationId);
    activity.record(organizationId, "LOCATION_DISSOCIATED", "LOCATION", locationId,
        "Location " + location.name() + " dissociated after RSC review; its locations and people moved to its parent");
  }

  /**
   * R-LOC-7: the other organization's HQ becomes a child of this HQ; its locations, people, MCPs,
   * references, privileges and competencies move here, each capability moving its own rows
   * (OrganizationsMerged). The other organization stays, emptied, marked as merged into this one.
   */
  private void merge(UUID organizationId, UUID otherId) {
    lockBoth(organizationId, otherId);
    checkMerge(organizationId, otherId);
    organizations.requireRoomForMerge(organizationId, otherId); // R-LOC-10
    String name = organizations.organization(organizationId).name();
    String otherName = organizations.organization(otherId).name();
    organizations.merge(organizationId, otherId);
    activity.record(organizationId, "ORGANIZATION_MERGED", "ORGANIZATION", otherId,
        otherName + " merged into " + name + " after RSC review");
    activity.record(otherId, "ORGANIZATION_MERGED", "ORGANIZATION", organizationId,
        otherName + " merged into " + name + " after RSC review");
    endWaitingReviewsOf(otherId);
    activity.carryOver(otherId, organizationId, otherName); // R-LOC-8: kept, marked with its origin
  }

  /**
   * R-LOC-8: the merged organization's own requests still waiting, and the merges it was asked to consent to, end
   * with it (withdrawn, by the system); their processes end in this transaction.
   */
  private void endWaitingReviewsOf(UUID mergedId) {
    for (Review waiting : reviews.findWaitingInvolving(mergedId, WAITING)) {
      waiting.withdraw(MERGED, clock.instant());
      process.withdraw(waiting);
      activity.record(waiting.getOrganizationId(), "REVIEW_WITHDRAWN", "REVIEW", waiting.getId(), "The "
          + waiting.getType().name().toLowerCase() + " request ended: an organization it concerns merged into another");
    }
  }

  /**
   * Issue 14: both trees change, so both organizations' locks are taken, always in the same order (by id) so that
   * two merges in opposite directions cannot deadlock.
   */
  private void lockBoth(UUID organizationId, UUID otherId) {
    boolean thisFirst = organizationId.compareTo(otherId) < 0;
    organizations.lock(thisFirst ? organizationId : otherId);
    organizations.lock(thisFirst ? otherId : organizationId);
  }

  private void checkDissociation(UUID organizationId, UUID locationId) {
    LocationView location = organizations.activeLocation(organizationId, locationId, "locationId");
    // R-LOC-5: the HQ cannot be dissociated while other locations exist.
    if (location.hq() && organizations.locations(organizationId).stream()
        .anyMatch(other -> other.status() == LocationStatus.ACTIVE && !other.hq())) {
      throw new BusinessRuleViolation("R-LOC-5",
          "The HQ cannot be dissociated while other locations exist; make another location the HQ first");
    }
  }

  private void checkMerge(UUID organizationId, UUID otherOrganizationId) {
    if (otherOrganizationId == null || otherOrganizationId.equals(organizationId)
        || !organizations.exists(otherOrganizationId) || mergedAlready(otherOrganizationId)
        || mergedAlready(organizationId)) {
      throw new InvalidField("otherOrganizationId", "is not another organization that can merge into this one");
    }
  }

  private boolean mergedAlready(UUID organizationId) {
    return organizations.merged(organizationId);
  }

  private Review find(UUID reviewId) {
    return reviews.findById(reviewId).orElseThrow(() -> new NotFound("Review", reviewId));
  }

  private static String reason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidField("reason", "tell the RSC why");
    }
    if (reason.length() > 4000) {
      throw new InvalidField("reason", "is longer than 4000 characters");
    }
    return reason.strip();
  }

  private String write(Impact impact) {
    try {
      return json.writeValueAsString(impact);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
