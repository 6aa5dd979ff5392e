package org.pmc.review.internal;

import java.util.UUID;
import org.pmc.organization.OrganizationService;
import org.pmc.review.internal.LocationReviews;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.InvalidField;
import org.pmc.web.PortalMessages;
import org.pmc.web.PortalUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Portal pages "Dissociate location" and "Merge with another organization": the impact first, then the
 * request with a reason, which the RSC reviews (R-LOC-5, R-LOC-7). Global admins only.
 */
@Controller
@RequestMapping("/portal/locations")
@PreAuthorize("hasRole('GLOBAL_ADMIN')")
class ReviewPortalController {

  private final LocationReviews reviews;
  private final OrganizationService organizations;

  ReviewPortalController(LocationReviews reviews, OrganizationService organizations) {
    this.reviews = reviews;
    this.organizations = organizations;
  }

  @GetMapping("/{id}/dissociate")
  String confirmDissociation(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, Model model,
      RedirectAttributes redirect) {
    try {
      model.addAttribute("impact", reviews.dissociationImpact(user.organizationId(), id));
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
      return "redirect:/portal/locations";
    } catch (InvalidField e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
      return "redirect:/portal/locations";
    }
    model.addAttribute("title", "Dissociate " + organizations.location(user.organizationId(), id).name() + "?");
    model.addAttribute("action", "/portal/locations/" + id + "/dissociate");
    return "locations/review";
  }

  @PostMapping("/{id}/dissociate")
  String requestDissociation(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id,
      @RequestParam(required = false) String reason, RedirectAttributes redirect) {
    try {
      reviews.requestDissociation(user.organizationId(), id, reason, user.email());
      redirect.addFlashAttribute("message", "The dissociation of "
          + organizations.location(user.organizationId(), id).name()
          + " was sent to the RSC for review. You will get an email with their decision.");
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    } catch (InvalidField e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    }
    return "redirect:/portal/locations";
  }

  @GetMapping("/merge")
  String confirmMerge(@AuthenticationPrincipal PortalUser user,
      @RequestParam(required = false) UUID otherOrganizationId, Model model) {
    model.addAttribute("title", "Merge another organization into "
        + organizations.organization(user.organizationId()).name() + "?");
    model.addAttribute("action", "/portal/locations/merge");
    model.addAttribute("merge", true);
    model.addAttribute("otherOrganizationId", otherOrganizationId);
    if (otherOrganizationId != null) {
      try {
        model.addAttribute("impact", reviews.mergeImpact(user.organizationId(), otherOrganizationId));
      } catch (BusinessRuleViolation e) {
        model.addAttribute("error", PortalMessages.of(e));
      } catch (InvalidField e) {
        model.addAttribute("error", PortalMessages.of(e));
      }
    }
    return "locations/review";
  }

  @PostMapping("/merge")
  String requestMerge(@AuthenticationPrincipal PortalUser user, @RequestParam UUID otherOrganizationId,
      @RequestParam(required = false) String reason, RedirectAttributes redirect) {
    try {
      reviews.requestMerge(user.organizationId(), otherOrganizationId, reason, user.email());
      redirect.addFlashAttribute("message", "The other organization's global admins were asked to consent; once"
          + " they accept, the RSC reviews the merge. You will get an email at each step.");
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    } catch (InvalidField e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    }
    return "redirect:/portal/locations";
  }
}
