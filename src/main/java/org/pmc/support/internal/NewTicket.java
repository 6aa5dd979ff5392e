package org.pmc.support.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a partner fills in to raise a ticket (R-SUP-2). */
public record NewTicket(@NotBlank String category, @NotBlank String topic, @NotBlank String issue,
    @NotNull TicketPriority priority, @NotNull TicketComplexity complexity,
    @NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 5000) String description) {}
