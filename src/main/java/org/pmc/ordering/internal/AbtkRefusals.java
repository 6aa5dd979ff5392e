package org.pmc.ordering.internal;

import java.util.Map;

/** Why a location may not order an ABTK, in the words of the program guide, by the rule that refuses. */
final class AbtkRefusals {

  private static final Map<String, String> REASONS = Map.of(
      "R-ABTK-2", "The headquarters cannot order an ABTK; only its associated, qualified locations can.",
      "R-ABTK-3", "This location already has an ABTK this program year.",
      "R-ABTK-4", "A location whose qualifying competencies are only silver can buy only a silver ABTK.",
      "R-ABTK-6", "No ABTK can be ordered in the re-enrollment window, the 90 days before the anniversary.",
      "R-ABTK-16", "The location needs a silver or gold competency of its own, active, and must be linked to the HQ.",
      "R-ABTK-20", "The location needs a postal address to ship its kits to: give it one under Manage Locations.");

  private AbtkRefusals() {}

  static Map<String, String> reasons() {
    return REASONS;
  }
}
