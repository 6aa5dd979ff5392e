package org.pmc.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmc.DecisionRows;

/** The decision {@code support-channel} on its own, row by row against the guide (R-SUP-1, R-SUP-2). */
class SupportChannelDecisionTest {

  static final DecisionRows TABLE = new DecisionRows("support-channel.dmn", "support-channel");

  @ParameterizedTest(name = "{0}: {1} {2}/{3} -> {4}")
  @DisplayName("R-SUP-1, R-SUP-2: every level's channels, routing by priority and complexity, program questions to the named contact, fallback to the next lower channel")
  @CsvSource({
      // level,      category,  priority, complexity, channel
      "NETWORK,     TECHNICAL, LOW,    LOW,  COMMUNITY",
      "NETWORK,     TECHNICAL, MEDIUM, HIGH, COMMUNITY",
      "NETWORK,     TECHNICAL, HIGH,   LOW,  COMMUNITY", // no live chat: next lower
      "NETWORK,     TECHNICAL, HIGH,   HIGH, COMMUNITY", // no RSC: next lower
      "NETWORK,     PROGRAM,   HIGH,   HIGH, COMMUNITY", // no named contact: next lower
      "ACTION_PACK, TECHNICAL, LOW,    HIGH, COMMUNITY",
      "ACTION_PACK, LICENSING, MEDIUM, LOW,  COMMUNITY",
      "ACTION_PACK, TECHNICAL, HIGH,   LOW,  LIVE_CHAT",
      "ACTION_PACK, TECHNICAL, HIGH,   HIGH, RSC",
      "ACTION_PACK, PROGRAM,   LOW,    LOW,  RTC",
      "SILVER,      TECHNICAL, MEDIUM, HIGH, COMMUNITY",
      "SILVER,      TECHNICAL, HIGH,   LOW,  LIVE_CHAT",
      "SILVER,      TECHNICAL, HIGH,   HIGH, RSC",
      "SILVER,      PROGRAM,   HIGH,   HIGH, RTC",
      "GOLD,        TECHNICAL, LOW,    LOW,  COMMUNITY",
      "GOLD,        TECHNICAL, HIGH,   LOW,  LIVE_CHAT",
      "GOLD,        TECHNICAL, HIGH,   HIGH, RSC",
      "GOLD,        PROGRAM,   MEDIUM, LOW,  RTC",
      "GOLD_CLOUD,  TECHNICAL, MEDIUM, LOW,  COMMUNITY",
      "GOLD_CLOUD,  TECHNICAL, HIGH,   LOW,  LIVE_CHAT",
      "GOLD_CLOUD,  TECHNICAL, HIGH,   HIGH, RSC",
      "GOLD_CLOUD,  PROGRAM,   HIGH,   LOW,  CONCIERGE",
  })
  void channel(String level, String category, String priority, String complexity, String channel) {
    Object decided = TABLE.evaluate(Map.of("level", level,
        "category", category, "priority", priority, "complexity", complexity)).getSingleEntry();
    assertThat(decided).isEqualTo(channel);
  }

  /** A row added to the table without a case here fails the class. */
  @AfterAll
  static void everyRowHasACase() {
    TABLE.assertEveryRowMatched();
  }
}
