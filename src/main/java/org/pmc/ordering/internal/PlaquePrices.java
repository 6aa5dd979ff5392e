package org.pmc.ordering.internal;

import java.util.Map;
import org.pmc.ordering.internal.Money;
import org.pmc.ordering.internal.OrderingProperties;
import org.pmc.ordering.internal.PlaqueKind;
import org.pmc.organization.LocationView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * R-PLQ-2 (decided, data): a plate or plaque is priced for the location's country from the table
 * {@code plaque_price} (migration V12), tax excluded; a country without a row pays the default ('*') USD price
 * converted to the location's currency.
 */
@Component
class PlaquePrices {

  static final String EVERY_OTHER_COUNTRY = "*";

  private final JdbcClient jdbc;
  private final OrderingProperties properties;

  PlaquePrices(JdbcClient jdbc, OrderingProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  Money price(PlaqueKind kind, LocationView location) {
    Map<String, Money> byCountry = jdbc.sql("select country, amount, currency from plaque_price "
            + "where kind = ? and country in (?, ?)")
        .params(kind.name(), location.country(), EVERY_OTHER_COUNTRY)
        .query((rs, n) -> Map.entry(rs.getString("country"), new Money(rs.getBigDecimal("amount"),
            rs.getString("currency"))))
        .list().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    Money own = byCountry.get(location.country());
    if (own != null) {
      return own;
    }
    return properties.fromUsd(byCountry.get(EVERY_OTHER_COUNTRY).amount(), location.currency());
  }
}
