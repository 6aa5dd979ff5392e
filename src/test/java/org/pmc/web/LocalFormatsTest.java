package org.pmc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** Dates, times, money and coded values as each reader's language and time zone write them. */
class LocalFormatsTest {

  private static final Instant EVENING_IN_UTC = Instant.parse("2026-12-08T23:30:00Z");
  private static final BigDecimal AMOUNT = new BigDecimal("1536.40");

  /** Spaces as plain spaces: JDK versions differ in which no-break space CLDR gives them. */
  private static String spaced(String text) {
    return text.replaceAll("[\\s\u00a0\u202f]", " ");
  }

  private static LocalFormats in(String language, ZoneId zone) {
    StaticMessageSource messages = new StaticMessageSource();
    messages.addMessage("Role.MEMBER", Locale.GERMAN, "Mitglied");
    return new LocalFormats(Locale.forLanguageTag(language), zone, messages);
  }

  @Test
  @DisplayName("money carries the currency's symbol, separators and digits of the reader's language")
  void money() {
    assertThat(spaced(in("de", ZoneOffset.UTC).money(AMOUNT, "EUR"))).isEqualTo("1.536,40 €");
    assertThat(spaced(in("en", ZoneOffset.UTC).money(AMOUNT, "EUR"))).isEqualTo("€1,536.40");
    assertThat(spaced(in("fr", ZoneOffset.UTC).money(AMOUNT, "EUR"))).isEqualTo("1 536,40 €");
    assertThat(spaced(in("ja", ZoneOffset.UTC).money(new BigDecimal("153640"), "JPY"))).isEqualTo("￥153,640");
    assertThat(spaced(in("en", ZoneOffset.UTC).money(AMOUNT, "GBP"))).isEqualTo("£1,536.40");
  }

  @Test
  @DisplayName("a moment is written in the reader's time zone: late evening in UTC is the next morning in Tokyo")
  void dateTimeInTheReadersZone() {
    assertThat(spaced(in("en", ZoneOffset.UTC).dateTime(EVENING_IN_UTC))).isEqualTo("Dec 8, 2026, 11:30 PM");
    assertThat(spaced(in("de", ZoneId.of("Europe/Berlin")).dateTime(EVENING_IN_UTC))).isEqualTo("09.12.2026, 00:30");
    assertThat(spaced(in("ja", ZoneId.of("Asia/Tokyo")).dateTime(EVENING_IN_UTC))).isEqualTo("2026/12/09 8:30");
    assertThat(in("ja", ZoneId.of("Asia/Tokyo")).date(EVENING_IN_UTC)).isEqualTo("2026/12/09");
  }

  @Test
  @DisplayName("a day is the same day everywhere, written the reader's way")
  void dates() {
    LocalDate day = LocalDate.of(2027, 3, 1);
    assertThat(in("en", ZoneOffset.UTC).date(day)).isEqualTo("Mar 1, 2027");
    assertThat(in("de", ZoneId.of("America/Los_Angeles")).date(day)).isEqualTo("01.03.2027");
    assertThat(in("fr", ZoneOffset.UTC).date(day)).isEqualTo("1 mars 2027");
    assertThat(in("es", ZoneOffset.UTC).date(day)).isEqualTo("1 mar 2027");
  }

  @Test
  @DisplayName("a coded value is shown in words of the reader's language; the code only where no words exist")
  void labels() {
    assertThat(in("de", ZoneOffset.UTC).label(Role.MEMBER)).isEqualTo("Mitglied");
    assertThat(in("de", ZoneOffset.UTC).label(Role.GLOBAL_ADMIN)).isEqualTo("GLOBAL_ADMIN");
    assertThat(in("de", ZoneOffset.UTC).number(12500)).isEqualTo("12.500");
  }
}
