package org.pmc.review.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.pmc.organization.LocationAdministration;
import org.pmc.people.AssociationProcess;
import org.pmc.people.PartnerQuestions;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.InvalidField;
import org.pmc.web.NotFound;
import org.pmc.web.PortalUser;
import org.pmc.web.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-REV-4: the RSC's question waiting for the partner ({@code answerQuestion}) and the partner's answer, which
 * hands the review back to whoever asked, the reviewer or the lead (R-REV-2). Global admins answer; for a dissociation also the admins of that
 * location (R-ROLE-4). The questions show on the portal's Tasks page.
 */
@Service
class ReviewQuestions implements PartnerQuestions {

  private static final int MAX = 500;

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final Reviews reviews;
  private final LocationAdministration scope;

  ReviewQuestions(TaskService tasks, RuntimeService runtime, Reviews reviews, LocationAdministration scope) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.reviews = reviews;
    this.scope = scope;
  }

  @Override
  @Transactional(readOnly = true)
  public List<PartnerQuestion> waitingFor(PortalUser admin) {
    if (admin.role() == Role.MEMBER) {
      return List.of();
    }
    List<Open> open = open(admin.organizationId(), null);
    Map<UUID, Review> concerned = reviews.findAllById(open.stream().map(Open::reviewId).toList()).stream()
        .collect(Collectors.toMap(Review::getId, Function.identity()));
    Predicate<UUID> administered = scope.administered(admin);
    return open.stream()
        .filter(waiting -> mayAnswer(admin, concerned.get(waiting.reviewId()), administered))
        .map(waiting -> new PartnerQuestion(about(concerned.get(waiting.reviewId())), waiting.question(),
            waiting.task().getCreateTime().toInstant(), "/portal/reviews/" + waiting.reviewId() + "/question"))
        .toList();
  }

  /** The waiting question of each of these reviews that has one, by review id, in three reads. */
  Map<UUID, String> waiting(UUID organizationId, Collection<UUID> reviewIds) {
    Map<UUID, String> questions = new HashMap<>();
    if (!reviewIds.isEmpty()) {
      open(organizationId, reviewIds).forEach(waiting -> questions.put(waiting.reviewId(), waiting.question()));
    }
    return questions;
  }

  /** The question waiting for this admin's answer: 404 another organization's, 403 not theirs, 409 none waits. */
  @Transactional(readOnly = true)
  public String question(PortalUser admin, UUID reviewId) {
    return openFor(admin, reviewId).question();
  }

  /** The answer goes back to whoever asked with the question it answers. */
  @Transactional
  public void answer(PortalUser admin, UUID reviewId, String answer) {
    Open waiting = openFor(admin, reviewId);
    Map<String, Object> variables = new HashMap<>();
    variables.put(ReviewProcess.ASKED_QUESTION, waiting.question());
    variables.put(ReviewProcess.PARTNER_ANSWER, text(answer));
    variables.put(ReviewProcess.QUESTION, null);
    tasks.complete(waiting.task().getId(), variables);
  }

  private Open openFor(PortalUser admin, UUID reviewId) {
    Review review = reviews.findByIdAndOrganizationId(reviewId, admin.organizationId())
        .orElseThrow(() -> new NotFound("Review", reviewId));
    if (!mayAnswer(admin, review, scope.administered(admin))) {
      throw new AccessDeniedException("Only a global admin, or an admin of the location, answers the RSC");
    }
    return open(admin.organizationId(), List.of(reviewId)).stream().findFirst()
        .orElseThrow(() -> new BusinessRuleViolation("R-REV-4",
            "No question of the RSC waits for an answer on this review"));
  }

  /** The organization's waiting questions (of these reviews, unless null), oldest first, in three reads. */
  private List<Open> open(UUID organizationId, Collection<UUID> reviewIds) {
    TaskQuery query = tasks.createTaskQuery().taskDefinitionKey(ReviewProcess.ANSWER_QUESTION)
        .taskCandidateGroup(AssociationProcess.adminGroup(organizationId));
    if (reviewIds != null) {
      query.processInstanceBusinessKeyIn(reviewIds.stream().map(UUID::toString).toArray(String[]::new));
    }
    List<Task> found = query.orderByTaskCreateTime().asc().listPage(0, MAX);
    if (found.isEmpty()) {
      return List.of();
    }
    String[] instanceIds = found.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
    Map<String, String> reviewOfInstance = new HashMap<>();
    runtime.createProcessInstanceQuery().processInstanceIds(Set.of(instanceIds)).list()
        .forEach(instance -> reviewOfInstance.put(instance.getId(), instance.getBusinessKey()));
    Map<String, Object> questionOfInstance = new HashMap<>();
    runtime.createVariableInstanceQuery().variableName(ReviewProcess.QUESTION).processInstanceIdIn(instanceIds).list()
        .forEach(variable -> questionOfInstance.put(variable.getProcessInstanceId(), variable.getValue()));
    return found.stream().map(task -> new Open(UUID.fromString(reviewOfInstance.get(task.getProcessInstanceId())),
        task, (String) questionOfInstance.get(task.getProcessInstanceId()))).toList();
  }

  private record Open(UUID reviewId, Task task, String question) {}

  private boolean mayAnswer(PortalUser admin, Review review, Predicate<UUID> administered) {
    return admin.role() == Role.GLOBAL_ADMIN
        || review.getType() == ReviewType.DISSOCIATION && administered.test(review.getLocationId());
  }

  private static String about(Review review) {
    return "The RSC asks about your " + (review.getType() == ReviewType.MERGE ? "merge" : "dissociation")
        + " request";
  }

  private static String text(String answer) {
    if (answer == null || answer.isBlank()) {
      throw new InvalidField("answer", "tell the RSC your answer");
    }
    if (answer.length() > 4000) {
      throw new InvalidField("answer", "is longer than 4000 characters");
    }
    return answer.strip();
  }
}
