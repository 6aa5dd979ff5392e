package org.pmc.ordering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An invoice not yet paid (status OPEN), for the partner's home page; {@code overdue} once its due date passed. */
public record OpenInvoice(UUID id, String number, String description, BigDecimal amount, String currency,
    LocalDate dueDate, boolean overdue) {}
