package org.pmc.review.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.pmc.review.internal.ReviewStatus;
import org.pmc.review.internal.ReviewType;

/** A review as the API shows it; {@code impact} is what the partner saw when they asked. */
public record ReviewView(UUID id, ReviewType type, ReviewStatus status, JsonNode impact, String reason,
    String decidedBy, String comment) {}
