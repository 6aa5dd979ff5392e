package org.pmc.review.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.pmc.activity.ActivityLog;
import org.pmc.activity.ActorKind;
import org.pmc.platform.StaffNames;
import org.pmc.platform.TaskCompletionRefused;
import org.springframework.stereotype.Component;

/**
 * The review tasks {@code rscReview} and {@code leadReview} as the reviewer meets them in Tasklist: named and linked
 * to the staff console when they open, with the impact computed again (R-REV-3); checked when they complete, so that
 * no decision is taken by accident (R-REV-1) and every decision names its staff member (R-REV-5).
 */
@Component
class ReviewTasks {

  static final String CURRENT_IMPACT = "currentImpact";
  static final String IMPACT_CHANGES = "impactChanges";

  private final Reviews reviews;
  private final ReviewSubjects subjects;
  private final ImpactAnalysis analysis;
  private final ImpactChanges changes;
  private final ActivityLog activity;
  private final StaffNames staff;

  ReviewTasks(Reviews reviews, ReviewSubjects subjects, ImpactAnalysis analysis, ImpactChanges changes,
      ActivityLog activity, StaffNames staff) {
    this.reviews = reviews;
    this.subjects = subjects;
    this.analysis = analysis;
    this.changes = changes;
    this.activity = activity;
    this.staff = staff;
  }

  /**
   * A review task opens (again): "Dissociation of Lyon — Contoso Partners", described by the organization (the
   * engine adds the staff console link to every staff task); the impact as it stands now and what changed since the request; no decision of an earlier round.
   */
  public void opened(DelegateTask task) {
    boolean lead = ReviewProcess.LEAD_REVIEW.equals(task.getTaskDefinitionKey());
    DelegateExecution execution = task.getExecution();
    Review review = find(execution);
    task.setName((lead ? "Lead review: " : "") + subjects.subject(review.getId()));
    task.setDescription(String.valueOf(execution.getVariable("organizationName")));
    execution.setVariable(ReviewProcess.REVIEW_STAGE, lead ? ReviewProcess.LEAD_STAGE : ReviewProcess.RSC_STAGE);
    // A decision of an earlier round (the one that asked) must not decide this one.
    List.of(ReviewProcess.DECISION, ReviewProcess.APPROVED, ReviewProcess.COMMENT).forEach(execution::removeVariable);
    Impact now = analysis.now(review);
    execution.setVariable(CURRENT_IMPACT, now == null ? "The change can no longer be carried out as requested."
        : String.join("\n", now.summary()));
    execution.setVariable(IMPACT_CHANGES, now == null ? "" : changes.since(review.getImpact(), now));
  }

  /**
   * R-REV-1: the task completes only with a decision: {@code decision} APPROVE, REJECT or ASK (or, without it, the
   * older {@code approved}); a comment is required to reject or ask, and for ASK it is the question. Anything
   * else is refused and the task stays open. R-REV-5: who decided is kept in {@code decidedBy}.
   */
  public void decided(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    String comment = text(execution.getVariable(ReviewProcess.COMMENT));
    String legacyQuestion = text(execution.getVariable(ReviewProcess.QUESTION));
    ReviewDecision decision = decision(execution.getVariable(ReviewProcess.DECISION),
        execution.getVariable(ReviewProcess.APPROVED), legacyQuestion);
    if (decision == ReviewDecision.ASK && comment == null) {
      comment = legacyQuestion;
    }
    if (decision != ReviewDecision.APPROVE && comment == null) {
      throw new TaskCompletionRefused("R-REV-1", "a comment is required to "
          + decision.name().toLowerCase(Locale.ROOT)
          + (decision == ReviewDecision.ASK ? " (the comment is the question to the partner)" : ""));
    }
    String decidedBy = decidedBy(task);
    execution.setVariable(ReviewProcess.DECISION, decision.name());
    execution.setVariable(ReviewProcess.COMMENT, comment);
    execution.setVariable(ReviewProcess.DECIDED_BY, decidedBy);
    execution.setVariable(ReviewProcess.QUESTION, decision == ReviewDecision.ASK ? comment : null);
    if (decision == ReviewDecision.ASK) {
      Review review = find(execution);
      activity.record(review.getOrganizationId(), ActorKind.STAFF, staffName(decidedBy), "REVIEW_QUESTION_ASKED",
          "REVIEW", review.getId(), "RSC asked about the " + about(review) + " request: " + comment);
    }
  }

  /** R-REV-2: the question waited 5 days; the review goes back to whoever asked, marked "no answer". */
  public void unanswered(UUID reviewId) {
    Review review = reviews.findById(reviewId).orElseThrow();
    activity.record(review.getOrganizationId(), ActorKind.SYSTEM, "system", "REVIEW_QUESTION_UNANSWERED", "REVIEW",
        reviewId, "The RSC's question about the " + about(review) + " request was not answered in 5 days");
  }

  /** The staff member's name as the activity log shows it (R-REV-5). */
  String staffName(String userId) {
    return staff.displayName(userId);
  }

  private static ReviewDecision decision(Object decision, Object approved, String legacyQuestion) {
    if (decision != null && !decision.toString().isBlank()) {
      try {
        return ReviewDecision.valueOf(decision.toString().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TaskCompletionRefused("R-REV-1", "decision must be APPROVE, REJECT or ASK, not " + decision);
      }
    }
    if (legacyQuestion != null) {
      return ReviewDecision.ASK;
    }
    if (approved instanceof Boolean flag) {
      return flag ? ReviewDecision.APPROVE : ReviewDecision.REJECT;
    }
    if (approved != null && List.of("true", "false").contains(approved.toString())) {
      return Boolean.parseBoolean(approved.toString()) ? ReviewDecision.APPROVE : ReviewDecision.REJECT;
    }
    throw new TaskCompletionRefused("R-REV-1", "choose a decision: APPROVE, REJECT or ASK");
  }

  /**
   * The staff member completing the task: the one signed in to Tasklist or /engine-rest, else the task's assignee,
   * else the candidate group; never "system".
   */
  private String decidedBy(DelegateTask task) {
    return staff.taskUser().or(() -> Optional.ofNullable(task.getAssignee()))
        .orElse(ReviewProcess.LEAD_REVIEW.equals(task.getTaskDefinitionKey()) ? "rsc-lead" : "rsc");
  }

  private Review find(DelegateExecution execution) {
    return reviews.findById(UUID.fromString(execution.getProcessBusinessKey())).orElseThrow();
  }

  private static String about(Review review) {
    return review.getType() == ReviewType.MERGE ? "merge" : "dissociation";
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}
