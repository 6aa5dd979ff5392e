package org.pmc.ordering.internal;

import java.math.BigDecimal;
import org.pmc.competency.CompetencyLevel;
import org.springframework.stereotype.Component;

/**
 * R-ABTK-1, R-ABTK-18: an ABTK costs the yearly competency fee of its level (R-COMP-5), shown in the
 * location's currency, converted from USD and rounded half-even to the currency's minor unit.
 */
@Component
public class AbtkPrices {

  public static final String USD = "USD";
  /** R-COMP-5 (decided, data): the yearly competency fee per level. */
  static final BigDecimal SILVER_FEE_USD = new BigDecimal("1670.00");
  static final BigDecimal GOLD_FEE_USD = new BigDecimal("4730.00");

  private final OrderingProperties properties;

  public AbtkPrices(OrderingProperties properties) {
    this.properties = properties;
  }

  public Money feeInUsd(CompetencyLevel level) {
    return new Money(level == CompetencyLevel.GOLD ? GOLD_FEE_USD : SILVER_FEE_USD, USD);
  }

  /** The fee in this currency; a currency without a configured rate is priced in USD. */
  public Money price(CompetencyLevel level, String currency) {
    return properties.fromUsd(feeInUsd(level).amount(), currency);
  }
}
