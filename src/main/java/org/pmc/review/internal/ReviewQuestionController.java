package org.pmc.review.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.pmc.people.AssociationProcess;
import org.pmc.review.internal.ReviewProcess;
import org.pmc.web.NotFound;
import org.pmc.web.PortalUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Portal page "The RSC asks": the reviewer's question on a review of this organization and the partner's
 * answer, which completes {@code answerQuestion} and hands the review back to the reviewer (R-LOC-5, R-LOC-7).
 */
@Controller
@RequestMapping("/portal/reviews")
@PreAuthorize("hasRole('GLOBAL_ADMIN')")
class ReviewQuestionController {

  private final TaskService tasks;

  ReviewQuestionController(TaskService tasks) {
    this.tasks = tasks;
  }

  @GetMapping("/{id}/question")
  String question(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, Model model) {
    Task task = openQuestion(user, id);
    model.addAttribute("question", tasks.getVariable(task.getId(), ReviewProcess.QUESTION));
    model.addAttribute("action", "/portal/reviews/" + id + "/question");
    return "locations/question";
  }

  @PostMapping("/{id}/question")
  String answer(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, @RequestParam String answer,
      RedirectAttributes redirect) {
    Task task = openQuestion(user, id);
    Map<String, Object> variables = new HashMap<>();
    variables.put(ReviewProcess.ASKED_QUESTION, tasks.getVariable(task.getId(), ReviewProcess.QUESTION));
    variables.put(ReviewProcess.PARTNER_ANSWER, answer);
    variables.put(ReviewProcess.QUESTION, null);
    tasks.complete(task.getId(), variables);
    redirect.addFlashAttribute("message", "Your answer was sent to the RSC.");
    return "redirect:/portal/locations";
  }

  /** No open question, or a review of another organization: the portal's 404 page. */
  @ExceptionHandler(NotFound.class)
  void notFound(NotFound e, HttpServletResponse response) throws IOException {
    response.sendError(HttpStatus.NOT_FOUND.value(), e.getMessage());
  }

  /** The open question on this review, only for the admins of the organization it concerns. */
  private Task openQuestion(PortalUser user, UUID reviewId) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(reviewId.toString())
        .taskDefinitionKey(ReviewProcess.ANSWER_QUESTION)
        .taskCandidateGroup(AssociationProcess.adminGroup(user.organizationId())).singleResult();
    if (task == null) {
      throw new NotFound("question", reviewId);
    }
    return task;
  }
}
