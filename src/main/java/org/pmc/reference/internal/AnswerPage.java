package org.pmc.reference.internal;

import java.time.Instant;

/** The customer's page: the reference as the partner wrote it, and the answer if one is recorded. */
public record AnswerPage(String partnerName, ReferenceView reference, CustomerAnswer answer, Instant answeredAt,
    boolean open) {}
