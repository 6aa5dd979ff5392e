package org.pmc.ordering.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An Action Pack order as the API shows it; {@code programYearEnd} is the anniversary it runs until. */
public record ActionPackOrderView(UUID id, String status, UUID invoiceId, Money price, LocalDate programYearEnd,
    Instant createdAt) {}
