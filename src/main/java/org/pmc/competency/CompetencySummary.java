package org.pmc.competency;

import java.time.LocalDate;
import java.util.UUID;

/** R-COMP-4: one competency of one location, with its requirements met or missing. */
public record CompetencySummary(UUID locationId, Competency competency, CompetencyLevel level,
    CompetencyStatus status, LocalDate renewalDate, int referencesApproved, int referencesRequired, int mcps,
    int mcpsRequired, boolean dueForRenewal, boolean atRisk) {}
