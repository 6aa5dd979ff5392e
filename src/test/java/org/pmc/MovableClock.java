package org.pmc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The application's clock in a test that needs time to pass without waiting: the real time plus a lead. */
public class MovableClock extends Clock {

  private volatile Duration lead = Duration.ZERO;

  public void advance(Duration by) {
    lead = lead.plus(by);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(lead);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("The application's clock is in UTC");
  }
}
