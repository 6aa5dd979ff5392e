package org.pmc.review.internal;

import java.util.UUID;
import org.pmc.web.Paging;
import org.pmc.web.StaffPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff console, Reviews (RSC): the organization's dissociation and merge reviews, newest first (R-REV-4). */
@Controller
@StaffPage
class ReviewStaffController {

  private static final int PAGE_SIZE = 20;

  private final PartnerReviews reviews;

  ReviewStaffController(PartnerReviews reviews) {
    this.reviews = reviews;
  }

  @GetMapping("/staff/organizations/{organizationId}/reviews")
  String list(@PathVariable UUID organizationId, @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("reviews", reviews.list(organizationId, Paging.of(Math.max(page, 0), PAGE_SIZE)));
    return "staff/reviews";
  }
}
