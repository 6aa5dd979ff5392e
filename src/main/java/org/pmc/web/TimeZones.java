package org.pmc.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** A person's chosen time zone as a zone, if it still is one (checked when chosen; tzdata may drop a zone). */
public final class TimeZones {

  private TimeZones() {}

  public static Optional<ZoneId> of(String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(id));
    } catch (DateTimeException unknown) {
      return Optional.empty();
    }
  }
}
