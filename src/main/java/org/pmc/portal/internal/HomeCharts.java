package org.pmc.portal.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pmc.ordering.LicenseUse;
import org.pmc.reference.ReferencesPerMonth;
import org.pmc.web.PortalMessages;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The home page's charts as the JSON their canvases carry in {@code data-chart} (static/js/home-charts.js draws
 * them): Chart.js's {@code data} object, labels and one dataset per series. In an attribute, not a script: the
 * pages' CSP allows no inline script. Months and series are named in the reader's language; each series keeps its
 * code (a reference status, {@code used}, {@code allowance}) in {@code code}, which picks its colour.
 */
final class HomeCharts {

  private static final ObjectMapper JSON = new ObjectMapper();

  private HomeCharts() {}

  /** One stacked bar per month ("Jan 2026"), one dataset per reference status (R-REF-4). */
  static String references(ReferencesPerMonth perMonth, PortalMessages texts) {
    DateTimeFormatter month = DateTimeFormatter.ofPattern(texts.text("home.chart.month"),
        LocaleContextHolder.getLocale());
    List<Map<String, Object>> datasets = new ArrayList<>();
    perMonth.counts().forEach((status, counts) -> datasets.add(dataset(status.name(),
        texts.text("home.chart.references." + status.name()), counts)));
    return write(Map.of("labels", perMonth.months().stream().map(month::format).toList(), "datasets", datasets));
  }

  /** Per capped license (R-ABTK-17), what the organization's ABTKs granted next to its allowance. */
  static String licenses(List<LicenseUse> licenses, PortalMessages texts) {
    return write(Map.of("labels", licenses.stream().map(LicenseUse::title).toList(), "datasets", List.of(
        dataset("used", texts.text("home.chart.used"), licenses.stream().map(LicenseUse::used).toList()),
        dataset("allowance", texts.text("home.chart.allowance"),
            licenses.stream().map(LicenseUse::allowance).toList()))));
  }

  private static Map<String, Object> dataset(String code, String label, List<? extends Number> data) {
    Map<String, Object> dataset = new LinkedHashMap<>();
    dataset.put("code", code);
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
