package org.pmc.ordering.internal;

/** R-PLQ-1: a plate shows membership in the program; a plaque shows one achieved competency. */
public enum PlaqueKind {
  PLATE,
  PLAQUE
}
