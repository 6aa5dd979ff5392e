package org.pmc.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Currency;
import java.util.Date;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * How a page or a mail writes dates, times, money and coded values for its reader ({@code #fmt} in templates):
 * in the reader's language and time zone. {@code 1.536,40 €} in German, {@code ￥153,640} in Japanese; the API
 * keeps ISO dates, plain amounts and codes.
 */
public final class LocalFormats {

  private final Locale locale;
  private final ZoneId zone;
  private final MessageSource messages;

  public LocalFormats(Locale locale, ZoneId zone, MessageSource messages) {
    this.locale = locale;
    this.zone = zone;
    this.messages = messages;
  }

  /** A moment as the reader's date and time: "8 Dec 2026, 14:05", "2026/12/08 14:05". */
  public String dateTime(Object moment) {
    return format(moment, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
  }

  /** A day, or the reader's day of a moment: "8 Dec 2026", "08.12.2026". */
  public String date(Object day) {
    return format(day, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
  }

  /** An amount in its currency, the currency's symbol and digits as the reader's language writes them. */
  public String money(BigDecimal amount, String currency) {
    if (amount == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    Currency unit = Currency.getInstance(currency);
    format.setCurrency(unit);
    format.setMinimumFractionDigits(unit.getDefaultFractionDigits());
    format.setMaximumFractionDigits(unit.getDefaultFractionDigits());
    return format.format(amount);
  }

  /** A count or a figure with the reader's grouping: "12,500", "12.500". */
  public String number(Number value) {
    return value == null ? "" : NumberFormat.getNumberInstance(locale).format(value);
  }

  /**
   * A coded value in words, from the bundles' {@code <Enum>.<VALUE>} key ({@code IndividualStatus.ASSOCIATED}); a
   * value without a text shows its code rather than failing the page.
   */
  public String label(Enum<?> value) {
    if (value == null) {
      return "";
    }
    String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
    return messages.getMessage(key, null, value.name(), locale);
  }

  public Locale locale() {
    return locale;
  }

  private String format(Object value, DateTimeFormatter style) {
    TemporalAccessor temporal = temporal(value);
    return temporal == null ? "" : style.withLocale(locale).format(temporal);
  }

  private TemporalAccessor temporal(Object value) {
    if (value instanceof Instant instant) {
      return instant.atZone(zone);
    } else if (value instanceof Date date) {
      return date.toInstant().atZone(zone);
    } else if (value instanceof OffsetDateTime offset) {
      return offset.atZoneSameInstant(zone);
    } else if (value instanceof ZonedDateTime zoned) {
      return zoned.withZoneSameInstant(zone);
    } else if (value instanceof LocalDate || value instanceof LocalDateTime) {
      return (TemporalAccessor) value;
    } else if (value == null) {
      return null;
    }
    throw new IllegalArgumentException("Not a date or time: " + value.getClass().getName());
  }
}
