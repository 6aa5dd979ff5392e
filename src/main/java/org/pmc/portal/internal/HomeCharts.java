package org.pmc.portal.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pmc.ordering.LicenseUse;
import org.pmc.reference.ReferencesPerMonth;

/**
 * The home page's charts as the JSON their canvases carry in {@code data-chart} (static/js/home-charts.js draws
 * them): Chart.js's {@code data} object, labels and one dataset per series. In an attribute, not a script: the
 * pages' CSP allows no inline script.
 */
final class HomeCharts {

  private static final ObjectMapper JSON = new ObjectMapper();

  private HomeCharts() {}

  /** One stacked bar per month (2026-01), one dataset per reference status (R-REF-4). */
  static String references(ReferencesPerMonth perMonth) {
    List<Map<String, Object>> datasets = new ArrayList<>();
    perMonth.counts().forEach((status, counts) -> datasets.add(dataset(status.name(), counts)));
    return write(Map.of("labels", perMonth.months().stream().map(Object::toString).toList(), "datasets", datasets));
  }

  /** Per capped license (R-ABTK-17), what the organization's ABTKs granted next to its allowance. */
  static String licenses(List<LicenseUse> licenses) {
    return write(Map.of("labels", licenses.stream().map(LicenseUse::title).toList(), "datasets", List.of(
        dataset("Used", licenses.stream().map(LicenseUse::used).toList()),
        dataset("Allowance", licenses.stream().map(LicenseUse::allowance).toList()))));
  }

  private static Map<String, Object> dataset(String label, List<? extends Number> data) {
    Map<String, Object> dataset = new LinkedHashMap<>();
    dataset.put("label", label);
    dataset.put("data", data);
    return dataset;
  }

  private static String write(Object chart) {
    try {
      return JSON.writeValueAsString(chart);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A chart of lists and numbers is always JSON", e);
    }
  }
}
