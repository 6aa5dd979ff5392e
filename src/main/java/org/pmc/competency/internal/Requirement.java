package org.pmc.competency.internal;

import org.pmc.competency.CompetencyLevel;
/** What a location needs for a competency at one level (R-COMP-3). */
public record Requirement(CompetencyLevel level, int customerReferences, int mcps) {}
