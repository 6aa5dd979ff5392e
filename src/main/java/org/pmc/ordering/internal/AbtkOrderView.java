package org.pmc.ordering.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An ABTK order as the API shows it. */
public record AbtkOrderView(UUID id, UUID locationId, String level, String kind, String status, UUID invoiceId,
    Money price, LocalDate programYearEnd, Instant createdAt) {}
