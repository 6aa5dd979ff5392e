package org.pmc;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as a page writes them for its reader ({@code #fmt.date}): "Jan 31, 2026" in English, "31.01.2026" in German. */
public final class ReaderForms {

  private ReaderForms() {}

  public static String date(LocalDate day, Locale language) {
    return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language));
  }

  public static String english(LocalDate day) {
    return date(day, Locale.ENGLISH);
  }
}
