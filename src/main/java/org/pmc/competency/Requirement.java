package org.pmc.competency;

/** What a location needs for a competency at one level (R-COMP-3). */
public record Requirement(CompetencyLevel level, int customerReferences, int mcps) {}
