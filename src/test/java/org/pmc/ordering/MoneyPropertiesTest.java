package org.pmc.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.pmc.competency.CompetencyLevel;
import org.pmc.ordering.internal.AbtkPrices;
import org.pmc.ordering.internal.Money;
import org.pmc.ordering.internal.OrderingProperties;

/** R-ABTK-1, R-ABTK-18: money as a decimal string, and prices converted and rounded in any currency. */
class MoneyPropertiesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Property
  @Label("an amount is written as a plain decimal string and reads back as the same number")
  void amountsAreWrittenAsPlainDecimalStrings(@ForAll("amounts") BigDecimal amount) throws Exception {
    JsonNode written = JSON.readTree(JSON.writeValueAsString(new Money(amount, "EUR")));
    assertThat(written.get("amount").isTextual()).isTrue();
    assertThat(written.get("amount").asText()).doesNotContainIgnoringCase("e").isEqualTo(amount.toPlainString());
    assertThat(JSON.treeToValue(written, Money.class).amount()).isEqualByComparingTo(amount);
  }

  @Property
  @Label("R-ABTK-18: a price is the USD fee times the rate, rounded half-even to the currency's minor unit")
  void pricesAreConvertedAndRounded(@ForAll("currencies") String currency, @ForAll("rates") BigDecimal rate,
      @ForAll CompetencyLevel level) {
    Assume.that(!currency.equals(AbtkPrices.USD));
    AbtkPrices prices = new AbtkPrices(new OrderingProperties(Map.of(currency, rate)));
    Money price = prices.price(level, currency);
    int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    assertThat(price.currency()).isEqualTo(currency);
    assertThat(price.amount().scale()).isEqualTo(digits);
    assertThat(price.amount()).isEqualByComparingTo(prices.feeInUsd(level).amount().multiply(rate)
        .setScale(digits, RoundingMode.HALF_EVEN));
    assertThat(price.amount().signum()).isPositive();
  }

  @Property
  @Label("R-ABTK-1: gold costs more than silver in every currency")
  void goldCostsMoreThanSilver(@ForAll("currencies") String currency, @ForAll("rates") BigDecimal rate) {
    AbtkPrices prices = new AbtkPrices(new OrderingProperties(Map.of(currency, rate)));
    assertThat(prices.price(CompetencyLevel.GOLD, currency).amount())
        .isGreaterThan(prices.price(CompetencyLevel.SILVER, currency).amount());
  }

  @Property
  @Label("R-ABTK-18: a currency without a rate (or none at all) is priced in USD")
  void aCurrencyWithoutARateIsPricedInUsd(@ForAll("currencies") String currency, @ForAll CompetencyLevel level) {
    AbtkPrices prices = new AbtkPrices(new OrderingProperties(Map.of()));
    assertThat(prices.price(level, currency)).isEqualTo(prices.feeInUsd(level));
    assertThat(prices.price(level, null)).isEqualTo(prices.feeInUsd(level));
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-1e12"), new BigDecimal("1e12")).ofScale(2)
        .flatMap(amount -> Arbitraries.integers().between(-3, 4).map(scale -> amount.setScale(scale,
            RoundingMode.HALF_EVEN)));
  }

  @Provide
  Arbitrary<String> currencies() {
    return Arbitraries.of(Currency.getAvailableCurrencies()).map(Currency::getCurrencyCode);
  }

  @Provide
  Arbitrary<BigDecimal> rates() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("100000")).ofScale(4);
  }
}
