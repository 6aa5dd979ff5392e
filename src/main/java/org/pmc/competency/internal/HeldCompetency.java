package org.pmc.competency.internal;

import java.util.UUID;
import org.pmc.competency.Competency;
import org.pmc.competency.CompetencyLevel;
import org.pmc.competency.CompetencyStatus;

/** Where a location stands with a competency, read for display without loading the entity. */
public record HeldCompetency(UUID locationId, Competency competency, CompetencyLevel level, CompetencyStatus status) {}
