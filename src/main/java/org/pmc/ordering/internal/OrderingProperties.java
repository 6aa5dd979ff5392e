package org.pmc.ordering.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.pmc.ordering.internal.Money;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * R-ABTK-18 (decided, configurable): how many units of a currency one US dollar buys
 * ({@code pmc.ordering.usd-rates.EUR: 0.92}). A currency without a rate is priced in USD.
 */
@ConfigurationProperties("pmc.ordering")
public record OrderingProperties(Map<String, BigDecimal> usdRates) {

  public OrderingProperties {
    // Keys set through environment variables arrive in lower case (PMC_ORDERING_USDRATES_EUR binds "eur").
    usdRates = usdRates == null ? Map.of() : usdRates.entrySet().stream().collect(Collectors.toUnmodifiableMap(
        entry -> entry.getKey().toUpperCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> b));
  }

  /**
   * An amount in US dollars shown in this currency (R-ABTK-18, R-PLQ-2, R-MEM-1), rounded half-even to the
   * currency's minor unit; a currency without a rate is priced in USD.
   */
  public Money fromUsd(BigDecimal usd, String currency) {
    BigDecimal rate = currency == null ? null : usdRates.get(currency);
    if ("USD".equals(currency) || rate == null) {
      return new Money(usd, "USD");
    }
    int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    return new Money(usd.multiply(rate).setScale(digits, RoundingMode.HALF_EVEN), currency);
  }
}
