package org.pmc.reference;

import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The references an organization created in each of the last months, oldest month first, counted by the status
 * they have now (R-REF-4): {@code counts.get(status).get(i)} is the count of {@code months.get(i)}. Every status has
 * a list, in the statuses' order, zeros included, so a chart's series all have one value per month.
 */
public record ReferencesPerMonth(List<YearMonth> months, Map<ReferenceStatus, List<Long>> counts) {

  public ReferencesPerMonth {
    months = List.copyOf(months);
    EnumMap<ReferenceStatus, List<Long>> ordered = new EnumMap<>(ReferenceStatus.class);
    counts.forEach((status, perMonth) -> ordered.put(status, List.copyOf(perMonth)));
    counts = Collections.unmodifiableMap(ordered);
  }

  /** Whether no reference was created in these months. */
  public boolean none() {
    return counts.values().stream().flatMap(List::stream).allMatch(count -> count == 0);
  }
}
