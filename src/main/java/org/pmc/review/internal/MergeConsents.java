package org.pmc.review.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.pmc.activity.ActivityLog;
import org.pmc.organization.OrganizationService;
import org.pmc.people.AssociationProcess;
import org.pmc.people.PartnerConsents;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.NotFound;
import org.pmc.web.PortalUser;
import org.pmc.web.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-LOC-8: the other organization consents to a merge before the RSC reviews it. One of its global admins answers
 * ({@code giveConsent}, on the portal's Tasks page or over the API): accepted, the RSC review starts; declined, the
 * request ends. Unanswered after 14 days it ends as declined. The other organization sees the request only here, with
 * the impact on its own side.
 */
@Service
class MergeConsents implements PartnerConsents {

  private static final Logger log = LoggerFactory.getLogger(MergeConsents.class);
  private static final int MAX = 100;
  static final String EXPIRED = "No answer within 14 days";

  private final Reviews reviews;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final ReviewProcess process;
  private final ImpactAnalysis analysis;
  private final OrganizationService organizations;
  private final ActivityLog activity;
  private final ReviewViews views;
  private final ObjectMapper json;
  private final Clock clock;

  MergeConsents(Reviews reviews, TaskService tasks, RuntimeService runtime, ReviewProcess process, ImpactAnalysis analysis,
      OrganizationService organizations, ActivityLog activity, ReviewViews views, ObjectMapper json, Clock clock) {
    this.reviews = reviews;
    this.tasks = tasks;
    this.runtime = runtime;
    this.process = process;
    this.analysis = analysis;
    this.organizations = organizations;
    this.activity = activity;
    this.views = views;
    this.json = json;
    this.clock = clock;
  }

  /**
   * The asked organization's global admin answers: 404 unless {@code organizationId} is the organization asked, 403
   * for its other users, 409 (R-LOC-8) when the request no longer waits. The answer is recorded here; the process
   * goes on in the same transaction (accepted: the RSC review starts).
   */
  @Transactional
  ReviewView answer(PortalUser user, UUID organizationId, UUID reviewId, boolean accept) {
    Review review = reviews.findByIdAndOtherOrganizationId(reviewId, organizationId)
        .filter(found -> found.getType() == ReviewType.MERGE && user.organizationId().equals(organizationId))
        .orElseThrow(() -> new NotFound("Review", reviewId));
    if (user.role() != Role.GLOBAL_ADMIN) {
      throw new AccessDeniedException("Only a global admin of the organization asked consents to a merge");
    }
    review.consent(accept, user.email(), clock.instant());
    reviews.flush(); // the version check first: a withdrawal meanwhile wins
    String requester = organizations.organization(review.getOrganizationId()).name();
    String asked = organizations.organization(organizationId).name();
    String what = "The merge of " + asked + " into " + requester + " was " + (accept ? "accepted" : "declined")
        + " by " + asked + (accept ? "; the RSC reviews it" : "; the request ended");
    activity.record(review.getOrganizationId(), accept ? "MERGE_CONSENTED" : "MERGE_DECLINED", "REVIEW", reviewId,
        what);
    activity.record(organizationId, accept ? "MERGE_CONSENTED" : "MERGE_DECLINED", "REVIEW", reviewId,
        what + " (answered by " + user.email() + ")");
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(reviewId.toString())
        .taskDefinitionKey(ReviewProcess.GIVE_CONSENT).singleResult();
    if (task == null) {
      throw new BusinessRuleViolation("R-LOC-8", "The merge request no longer waits for consent");
    }
    tasks.complete(task.getId(), Map.of(ReviewProcess.ACCEPTED, accept));
    log.info("Review {}: merge {} by {}", reviewId, accept ? "accepted" : "declined", user.email());
    return consentView(review);
  }

  /** Accepted (step of merge-consent): the RSC reviews the merge, seeing both sides as they are now. */
  @Transactional
  void startRscReview(UUID reviewId) {
    Review review = reviews.findById(reviewId).orElseThrow();
    MergeImpact impact = analysis.merge(review.getOrganizationId(), review.getOtherOrganizationId());
    process.start(review, organizations.organization(review.getOrganizationId()).name(), impact);
  }

  /** Unanswered for 14 days (timer of merge-consent): the request ends as declined. */
  @Transactional
  void expire(UUID reviewId) {
    Review review = reviews.findById(reviewId).orElseThrow();
    if (review.expireConsent(EXPIRED, clock.instant())) {
      String summary = "The merge request ended: " + organizations.organization(review.getOtherOrganizationId()).name()
          + " did not answer within 14 days";
      activity.record(review.getOrganizationId(), "MERGE_DECLINED", "REVIEW", reviewId, summary);
      activity.record(review.getOtherOrganizationId(), "MERGE_DECLINED", "REVIEW", reviewId, summary);
    }
  }

  /** The Tasks page: the merge requests waiting for this global admin's consent, oldest first. */
  @Override
  @Transactional(readOnly = true)
  public List<ConsentRequest> waitingFor(PortalUser admin) {
    if (admin.role() != Role.GLOBAL_ADMIN) {
      return List.of();
    }
    List<Task> waiting = tasks.createTaskQuery().taskDefinitionKey(ReviewProcess.GIVE_CONSENT)
        .taskCandidateGroup(AssociationProcess.adminGroup(admin.organizationId()))
        .orderByTaskCreateTime().asc().listPage(0, MAX);
    if (waiting.isEmpty()) {
      return List.of();
    }
    Map<String, UUID> reviewOfInstance = runtime.createProcessInstanceQuery()
        .processInstanceIds(waiting.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet())).list()
        .stream().collect(Collectors.toMap(ProcessInstance::getId, instance -> UUID.fromString(instance.getBusinessKey())));
    Map<UUID, Review> asked = reviews.findAllById(reviewOfInstance.values()).stream()
        .filter(review -> admin.organizationId().equals(review.getOtherOrganizationId()))
        .collect(Collectors.toMap(Review::getId, Function.identity()));
    return waiting.stream()
        .map(task -> asked.get(reviewOfInstance.get(task.getProcessInstanceId())))
        .filter(Objects::nonNull)
        .map(review -> new ConsentRequest(
            organizations.organization(review.getOrganizationId()).name() + " asks to merge your organization into"
                + " theirs", consentImpact(review).summary(), review.getCreatedAt(),
            "/portal/reviews/" + review.getId() + "/consent"))
        .toList();
  }

  /** The review as the asked organization sees it: the impact on its side, never the requester's (R-LOC-8). */
  private ReviewView consentView(Review review) {
    ReviewView view = views.of(review);
    return new ReviewView(view.id(), view.type(), view.status(), view.requestedAt(), view.requestedBy(),
        json.valueToTree(consentImpact(review)), view.reason(), null, view.decidedBy(), view.decidedAt(),
        view.comment());
  }

  private MergeImpact consentImpact(Review review) {
    try {
      return json.readValue(review.getConsentImpact(), MergeImpact.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
