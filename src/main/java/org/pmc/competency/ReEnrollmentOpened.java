package org.pmc.competency;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published by {@code competency-renewal} in the job that opens an organization's re-enrollment window (R-MEM-3),
 * so that the next program year can be invoiced (R-MEM-5); {@code anniversary} ends the program year running now.
 * The step may run again: listeners are idempotent for one organization and anniversary.
 */
public record ReEnrollmentOpened(UUID organizationId, LocalDate anniversary) {}
