package org.pmc.organization;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A country in a portal form's country list: its ISO 3166 code and English name, sorted by name. */
public record CountryOption(String code, String name) {

  public static final List<CountryOption> ALL = Arrays.stream(Locale.getISOCountries())
      .map(code -> new CountryOption(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH)))
      .sorted(Comparator.comparing(CountryOption::name))
      .toList();
}
