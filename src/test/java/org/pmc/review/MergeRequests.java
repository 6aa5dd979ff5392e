package org.pmc.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Consumer;
import org.pmc.Http;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;

/** A merge as the RSC gets it: requested by one organization, consented to by the other's global admin (R-LOC-8). */
final class MergeRequests {

  private MergeRequests() {}

  /**
   * {@code admin} of organization {@code organizationId} asks to merge {@code other} into it; the consent mail's job
   * runs ({@code runJobsOfReview}); the other organization's global admin accepts. Answers the accepted review.
   */
  static JsonNode requestedAndAccepted(int port, Http admin, Object organizationId, Partner other,
      Consumer<String> runJobsOfReview) {
    JsonNode requested = admin.post("/api/organizations/" + organizationId + "/merge", """
        {"otherOrganizationId": "%s", "reason": "We bought them"}""".formatted(other.organizationId())).json();
    assertThat(requested.get("status").asText()).isEqualTo("AWAITING_CONSENT");
    String reviewId = requested.get("id").asText();
    runJobsOfReview.accept(reviewId); // the other organization is asked
    Http.Response accepted = new Http(port).as(other.adminEmail(), TestPartners.PASSWORD).post("/api/organizations/"
        + other.organizationId() + "/reviews/" + reviewId + "/consent", "{\"accept\": true}");
    assertThat(accepted.status()).isEqualTo(200);
    return accepted.json();
  }
}
