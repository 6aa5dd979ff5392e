package org.pmc.competency;

/** A competency is held at silver or gold (R-COMP-2). */
public enum CompetencyLevel {
  SILVER,
  GOLD
}
