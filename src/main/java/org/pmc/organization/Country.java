package org.pmc.organization;

import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** An ISO 3166 country and the currency its locations are priced in (R-ABTK-18). */
public record Country(String code, String currency) {

  private static final Set<String> CODES = Set.of(Locale.getISOCountries());

  /** The country for an ISO 3166 alpha-2 code, in any case; empty if there is no such country. */
  public static Optional<Country> of(String code) {
    if (code == null || !CODES.contains(code.toUpperCase(Locale.ROOT))) {
      return Optional.empty();
    }
    String upper = code.toUpperCase(Locale.ROOT);
    Currency currency = Currency.getInstance(new Locale("", upper));
    return Optional.of(new Country(upper, currency == null ? "USD" : currency.getCurrencyCode()));
  }
}
