package org.pmc.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.competency.CompetencyLevel;
import org.pmc.ordering.internal.AbtkPrices;
import org.pmc.ordering.internal.Money;
import org.pmc.ordering.internal.OrderingProperties;

/** ABTK prices: the competency fee converted from USD (R-ABTK-1, R-ABTK-18, R-COMP-5). */
class AbtkPricesTest {

  final AbtkPrices prices = new AbtkPrices(new OrderingProperties(Map.of("EUR", new BigDecimal("0.92"),
      "JPY", new BigDecimal("151.0"), "gbp", new BigDecimal("0.7915"))));

  @Test
  @DisplayName("R-ABTK-1, R-COMP-5: silver 1670.00 USD, gold 4730.00 USD")
  void usd() {
    assertThat(prices.price(CompetencyLevel.SILVER, "USD")).isEqualTo(new Money(new BigDecimal("1670.00"), "USD"));
    assertThat(prices.price(CompetencyLevel.GOLD, "USD")).isEqualTo(new Money(new BigDecimal("4730.00"), "USD"));
  }

  @Test
  @DisplayName("R-ABTK-18: converted and rounded half-even to the currency's minor unit; no rate means USD")
  void converted() {
    assertThat(prices.price(CompetencyLevel.SILVER, "EUR")).isEqualTo(new Money(new BigDecimal("1536.40"), "EUR"));
    assertThat(prices.price(CompetencyLevel.GOLD, "JPY")).isEqualTo(new Money(new BigDecimal("714230"), "JPY"));
    // a rate given in lower case (an environment variable) still counts; 1670.00 x 0.7915 = 1321.805: half-even keeps the even 0
    assertThat(prices.price(CompetencyLevel.SILVER, "GBP")).isEqualTo(new Money(new BigDecimal("1321.80"), "GBP"));
    assertThat(prices.price(CompetencyLevel.GOLD, "XOF")).isEqualTo(new Money(new BigDecimal("4730.00"), "USD"));
  }
}
