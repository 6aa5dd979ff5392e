package org.pmc.organization;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published in the transaction that moves an organization's anniversary to a later date (R-MEM-4), so
 * that what expires on the anniversary (ABTK benefits, R-ABTK-11) can be moved along by its owner.
 */
public record AnniversaryExtended(UUID organizationId, LocalDate oldDate, LocalDate newDate) {}
