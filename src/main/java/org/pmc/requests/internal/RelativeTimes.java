package org.pmc.requests.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** "in 3 days", "2 h ago": how far a request's times are from now, as the pages say it next to the date. */
@Component("relativeTimes")
public class RelativeTimes {

  private final Clock clock;

  RelativeTimes(Clock clock) {
    this.clock = clock;
  }

  public String from(Instant at) {
    if (at == null) {
      return "";
    }
    Duration distance = Duration.between(clock.instant(), at);
    String amount = amount(distance.abs());
    return distance.isNegative() ? amount + " ago" : "in " + amount;
  }

  /** Rounded to the nearest unit: a timer 6 days 23 hours away is "in 7 days". */
  private static String amount(Duration distance) {
    long minutes = distance.toMinutes();
    if (minutes >= 36 * 60) {
      return Math.round(minutes / (24 * 60.0)) + " days";
    }
    if (minutes >= 60) {
      return Math.round(minutes / 60.0) + " h";
    }
    return Math.max(1, minutes) + " min";
  }
}
