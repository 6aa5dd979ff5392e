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

  private static String amount(Duration distance) {
    if (distance.toDays() >= 2) {
      return distance.toDays() + " days";
    }
    if (distance.toHours() >= 1) {
      return distance.toHours() + " h";
    }
    return Math.max(1, distance.toMinutes()) + " min";
  }
}
