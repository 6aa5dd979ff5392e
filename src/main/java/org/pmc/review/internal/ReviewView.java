package org.pmc.review.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.pmc.review.internal.ReviewStatus;
import org.pmc.review.internal.ReviewType;

/**
 * A review as the API shows it; {@code impact} is what the partner saw when they asked; {@code question} the RSC's
 * question while it waits for the partner's answer (R-REV-4).
 */
public record ReviewView(UUID id, ReviewType type, ReviewStatus status, Instant requestedAt, String requestedBy,
    JsonNode impact, String reason, String question, String decidedBy, Instant decidedAt, String comment) {

  /** The location to dissociate, or the organization to merge into this one, by name. */
  public String subject() {
    return impact.path(type == ReviewType.MERGE ? "otherOrganization" : "location").asText();
  }
}
