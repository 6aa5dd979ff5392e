package org.pmc.bench;

import java.util.ArrayList;
import java.util.List;

/** Latencies in nanoseconds from many threads; percentiles in milliseconds. */
final class Latencies {

  private final List<Long> nanos = new ArrayList<>();

  synchronized void add(long value) {
    nanos.add(value);
  }

  synchronized int count() {
    return nanos.size();
  }

  /** The value below which {@code percent} of the latencies lie (nearest rank), in ms. */
  synchronized double percentileMs(double percent) {
    if (nanos.isEmpty()) {
      return Double.NaN;
    }
    List<Long> sorted = new ArrayList<>(nanos);
    sorted.sort(null);
    int rank = (int) Math.ceil(percent / 100 * sorted.size());
    return sorted.get(Math.max(0, rank - 1)) / 1e6;
  }
}
