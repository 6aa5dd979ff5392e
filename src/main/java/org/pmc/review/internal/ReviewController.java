package org.pmc.review.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.pmc.review.internal.LocationReviews;
import org.pmc.web.PortalUser;
import org.pmc.web.RefusedBy;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Requests that the RSC reviews first (R-LOC-5, R-LOC-7): 202 with the impact; the review's state. */
@RestController
@RequestMapping("/api/organizations/{org}")
class ReviewController {

  private final LocationReviews reviews;

  ReviewController(LocationReviews reviews) {
    this.reviews = reviews;
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

  @Operation(summary = "Request a merge with another organization")
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

  record DissociationRequest(String reason) {}

  record MergeRequest(UUID otherOrganizationId, String reason) {}
}
