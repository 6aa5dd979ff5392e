package org.pmc.review.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.pmc.review.internal.LocationReviews;
import org.pmc.web.InvalidField;
import org.pmc.web.Paging;
import org.pmc.web.PortalUser;
import org.pmc.web.RefusedBy;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Requests that the RSC reviews first (R-LOC-5, R-LOC-7): 202 with the impact; the review's state. */
@RestController
@RequestMapping("/api/organizations/{org}")
class ReviewController {

  private final LocationReviews reviews;
  private final PartnerReviews partnerReviews;
  private final ReviewQuestions questions;
  private final MergeConsents consents;

  ReviewController(LocationReviews reviews, PartnerReviews partnerReviews, ReviewQuestions questions,
      MergeConsents consents) {
    this.consents = consents;
    this.reviews = reviews;
    this.partnerReviews = partnerReviews;
    this.questions = questions;
  }

  @Operation(summary = "Request a location's dissociation")
  @RefusedBy("R-LOC-5")
  @PostMapping("/locations/{loc}/dissociation")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @PreAuthorize("hasRole('GLOBAL_ADMIN')")
  ReviewView dissociate(@PathVariable UUID org, @PathVariable UUID loc, @AuthenticationPrincipal PortalUser admin,
      @RequestBody DissociationRequest request) {
    return reviews.requestDissociation(org, loc, request.reason(), admin.email());
  }

  /** R-LOC-8: the request waits for the other organization's consent first (status AWAITING_CONSENT). */
  @Operation(summary = "Request a merge with another organization")
  @RefusedBy("R-LOC-8")
  @PostMapping("/merge")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @PreAuthorize("hasRole('GLOBAL_ADMIN')")
  ReviewView merge(@PathVariable UUID org, @AuthenticationPrincipal PortalUser admin,
      @RequestBody MergeRequest request) {
    return reviews.requestMerge(org, request.otherOrganizationId(), request.reason(), admin.email());
  }

  @Operation(summary = "Show a review")
  @GetMapping("/reviews/{id}")
  ReviewView review(@PathVariable UUID org, @PathVariable UUID id) {
    return reviews.review(org, id);
  }

  /** R-REV-4: every dissociation and merge the organization asked for, newest first. */
  @Operation(summary = "List the organization's reviews")
  @GetMapping("/reviews")
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  ResponseEntity<List<ReviewView>> reviews(@PathVariable UUID org, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
    return Paging.response(partnerReviews.list(org, Paging.of(page, size)));
  }

  /** R-REV-4: a global admin, or whoever asked, withdraws a review still waiting; its process ends. */
  @Operation(summary = "Withdraw a review still waiting")
  @RefusedBy("R-REV-4")
  @PostMapping("/reviews/{id}/withdraw")
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  ReviewView withdraw(@PathVariable UUID org, @PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
    return partnerReviews.withdraw(user, id);
  }

  /** R-REV-4: the partner answers the RSC's question; the review goes back to the reviewer. */
  @Operation(summary = "Answer the RSC's question on a review")
  @RefusedBy("R-REV-4")
  @PostMapping("/reviews/{id}/answer")
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  ReviewView answer(@PathVariable UUID org, @PathVariable UUID id, @AuthenticationPrincipal PortalUser user,
      @RequestBody AnswerRequest request) {
    questions.answer(user, id, request.answer());
    return reviews.review(org, id);
  }

  /**
   * R-LOC-8: a global admin of the organization asked ({@code org}) accepts or declines another organization's merge
   * request; 404 for any other organization's review, 409 once it no longer waits.
   */
  @Operation(summary = "Accept or decline another organization's merge request")
  @RefusedBy("R-LOC-8")
  @PostMapping("/reviews/{id}/consent")
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  ReviewView consent(@PathVariable UUID org, @PathVariable UUID id, @AuthenticationPrincipal PortalUser user,
      @RequestBody ConsentRequest request) {
    if (request.accept() == null) {
      throw new InvalidField("accept", "say true (accept) or false (decline)");
    }
    return consents.answer(user, org, id, request.accept());
  }

  record ConsentRequest(Boolean accept) {}

  record AnswerRequest(String answer) {}

  record DissociationRequest(String reason) {}

  record MergeRequest(UUID otherOrganizationId, String reason) {}
}
