package org.pmc.review.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.InvalidField;
import org.pmc.web.NotFound;
import org.pmc.web.PortalMessages;
import org.pmc.web.PortalUser;
import org.pmc.web.Role;
import org.springframework.data.domain.PageRequest;
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
 * Portal page "Reviews" (from Manage Locations): each dissociation and merge the organization asked the RSC for,
 * newest first, with its status, question and decision, and Withdraw while it waits (R-REV-4). Page "The RSC
 * asks" (linked from the question mail; the Tasks page posts its answer form here): the answer hands the review
 * back to the reviewer; global admins answer, for a dissociation also the admins of that location.
 */
@Controller
@RequestMapping("/portal/reviews")
@PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
class ReviewPageController {

  private static final int PAGE_SIZE = 25;

  private final PartnerReviews reviews;
  private final ReviewQuestions questions;
  private final MergeConsents consents;

  ReviewPageController(PartnerReviews reviews, ReviewQuestions questions, MergeConsents consents) {
    this.consents = consents;
    this.reviews = reviews;
    this.questions = questions;
  }

  @GetMapping
  String list(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("page", reviews.list(user.organizationId(), PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
    model.addAttribute("globalAdmin", user.role() == Role.GLOBAL_ADMIN);
    model.addAttribute("me", user.email());
    return "locations/reviews";
  }

  @PostMapping("/{id}/withdraw")
  String withdraw(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, RedirectAttributes redirect) {
    try {
      ReviewView withdrawn = reviews.withdraw(user, id);
      redirect.addFlashAttribute("message", "The " + withdrawn.type().name().toLowerCase() + " request for "
          + withdrawn.subject() + " was withdrawn; the RSC no longer reviews it.");
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    }
    return "redirect:/portal/reviews";
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

  /** R-LOC-8: the Tasks page's Accept and Decline of another organization's merge request (global admins). */
  @PostMapping("/{id}/consent")
  String consent(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, @RequestParam boolean accept,
      RedirectAttributes redirect) {
    try {
      consents.answer(user, user.organizationId(), id, accept);
      redirect.addFlashAttribute("message", accept ? "You accepted the merge; the RSC reviews it now."
          : "You declined the merge; the request ended.");
    } catch (BusinessRuleViolation e) {
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
