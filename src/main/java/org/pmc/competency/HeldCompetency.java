package org.pmc.competency;

import java.util.UUID;

/** Where a location stands with a competency, read for display without loading the entity. */
record HeldCompetency(UUID locationId, Competency competency, CompetencyLevel level, CompetencyStatus status) {}
