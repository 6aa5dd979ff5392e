package org.pmc.competency;

import java.time.Instant;
import java.util.UUID;

/**
 * R-COMP-3: one approved, unexpired customer reference behind a location's count for a competency, with what
 * the competency planner shows of it (the customer, and when it stops counting, R-REF-3).
 */
public record CountingReference(UUID id, UUID locationId, Competency competency, String customer,
    Instant expiresAt) {}
