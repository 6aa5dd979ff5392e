package org.pmc.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmc.DecisionRows;

/** The decision {@code abtk-eligibility} on its own, row by row against the guide. */
class AbtkEligibilityDecisionTest {

  static final DecisionRows TABLE = new DecisionRows("abtk-eligibility.dmn", "abtk-eligibility");

  @ParameterizedTest(name = "{7}: hq={0} linked={1} best={2} requested={3} window={4} hasAbtk={5} -> {6}")
  @DisplayName("R-ABTK-2, R-ABTK-16, R-ABTK-6, R-ABTK-3, R-ABTK-4, R-ABTK-5: every row of the ABTK eligibility table")
  @CsvSource({
      // hq,  linked, best,   requested, window, hasAbtk, eligible, rule
      "true,  true,  GOLD,   SILVER, false, false, false, R-ABTK-2",
      "true,  false, NONE,   GOLD,   true,  true,  false, R-ABTK-2", // the HQ row comes first
      "false, false, GOLD,   SILVER, false, false, false, R-ABTK-16", // not linked to the HQ
      "false, true,  NONE,   SILVER, false, false, false, R-ABTK-16", // no qualifying competency
      "false, true,  NONE,   GOLD,   true,  false, false, R-ABTK-16",
      "false, true,  GOLD,   SILVER, true,  false, false, R-ABTK-6",
      "false, true,  SILVER, SILVER, true,  true,  false, R-ABTK-6",
      "false, true,  GOLD,   GOLD,   false, true,  false, R-ABTK-3",
      "false, true,  SILVER, GOLD,   false, true,  false, R-ABTK-3",
      "false, true,  SILVER, GOLD,   false, false, false, R-ABTK-4",
      "false, true,  SILVER, SILVER, false, false, true,  ''",
      "false, true,  GOLD,   SILVER, false, false, true,  ''", // R-ABTK-5
      "false, true,  GOLD,   GOLD,   false, false, true,  ''", // R-ABTK-5
  })
  void decides(boolean hq, boolean linked, String best, String requested, boolean window, boolean hasAbtk,
      boolean eligible, String rule) {
    Map<String, Object> decided = TABLE.evaluate(Map.of(
        "isHeadquarters", hq, "linkedToHeadquarters", linked, "bestActiveLevel", best, "requestedLevel", requested,
        "inReenrollmentWindow", window, "hasAbtkThisYear", hasAbtk)).getSingleResult().getEntryMap();
    assertThat(decided.get("eligible")).isEqualTo(eligible);
    assertThat(decided.get("rule") == null ? "" : decided.get("rule")).isEqualTo(rule);
  }

  /** A row added to the table without a case here fails the class. */
  @AfterAll
  static void everyRowHasACase() {
    TABLE.assertEveryRowMatched();
  }
}
