package org.pmc.review.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.InvalidField;
import org.pmc.web.NotFound;
import org.pmc.web.PortalMessages;
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
 * Portal page "The RSC asks" (linked from the question mail; the Tasks page posts its answer form here): the
 * reviewer's question on a review of this organization and the partner's answer, which hands the review back to
 * the reviewer (R-REV-4). Global admins; for a dissociation also the admins of that location.
 */
@Controller
@RequestMapping("/portal/reviews")
@PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
class ReviewQuestionController {

  private final ReviewQuestions questions;

  ReviewQuestionController(ReviewQuestions questions) {
    this.questions = questions;
  }

  @GetMapping("/{id}/question")
  String question(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, Model model,
      RedirectAttributes redirect) {
    try {
      model.addAttribute("question", questions.question(user, id));
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
      return "redirect:/portal/reviews";
    }
    model.addAttribute("action", "/portal/reviews/" + id + "/question");
    return "locations/question";
  }

  @PostMapping("/{id}/question")
  String answer(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, @RequestParam String answer,
      RedirectAttributes redirect) {
    try {
      questions.answer(user, id, answer);
      redirect.addFlashAttribute("message", "Your answer was sent to the RSC.");
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    } catch (InvalidField e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    }
    return "redirect:/portal/tasks";
  }

  /** A review of another organization, or none: the portal's 404 page. */
  @ExceptionHandler(NotFound.class)
  void notFound(NotFound e, HttpServletResponse response) throws IOException {
    response.sendError(HttpStatus.NOT_FOUND.value(), e.getMessage());
  }
}
