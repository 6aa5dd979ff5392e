package org.pmc.requests.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * "in 3 days", "2 h ago": how far a request's times are from now, as the pages say it next to the date, in the
 * reader's language (whole phrases per language: the word order differs).
 */
@Component("relativeTimes")
public class RelativeTimes {

  private final Clock clock;
  private final MessageSource texts;

  RelativeTimes(Clock clock, MessageSource texts) {
    this.clock = clock;
    this.texts = texts;
  }

  public String from(Instant at) {
    if (at == null) {
      return "";
    }
    Duration distance = Duration.between(clock.instant(), at);
    Amount amount = amount(distance.abs());
    String key = "requests.time." + amount.unit() + (distance.isNegative() ? ".ago" : ".in");
    return texts.getMessage(key, new Object[] {amount.count()}, LocaleContextHolder.getLocale());
  }

  /** Rounded to the nearest unit: a timer 6 days 23 hours away is "in 7 days". */
  private static Amount amount(Duration distance) {
    long minutes = distance.toMinutes();
    if (minutes >= 36 * 60) {
      return new Amount(Math.round(minutes / (24 * 60.0)), "days");
    }
    if (minutes >= 60) {
      return new Amount(Math.round(minutes / 60.0), "hours");
    }
    return new Amount(Math.max(1, minutes), "minutes");
  }

  private record Amount(long count, String unit) {}
}
