package org.pmc.ordering.internal;

import java.time.LocalDate;
import java.util.UUID;

/** One benefit a location holds: {@code source} MEMBERSHIP, COMPETENCY or ABTK, valid through {@code expiresOn}. */
public record BenefitView(UUID locationId, String type, String title, int quantity, String source,
    LocalDate expiresOn) {}
