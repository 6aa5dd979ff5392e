package org.pmc.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The figures of one benchmark run: target/bench/results.json and a Markdown table against the targets. */
final class Results {

  private final Map<String, Object> figures = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> growth = new LinkedHashMap<>();
  private final StringBuilder table = new StringBuilder("| figure | value | target | met |\n|---|---|---|---|\n");

  void put(String key, Object value) {
    figures.put(key, value instanceof Double number ? round(number) : value);
  }

  /** A figure with its target: {@code atLeast} true for rates, false for times and sizes. */
  void put(String key, double value, double target, boolean atLeast, String unit) {
    put(key, value);
    boolean met = atLeast ? value >= target : value < target;
    table.append(String.format(Locale.ROOT, "| %s | %.2f %s | %s %s %s | %s |%n", key, value, unit,
        atLeast ? "≥" : "<", number(target), unit, met ? "yes" : "**no**"));
  }

  void row(String key, Object value) {
    put(key, value);
    table.append(String.format(Locale.ROOT, "| %s | %s | | |%n",
        key, value instanceof Double number ? number(round(number)) : value));
  }

  void growth(String scale, String key, double value) {
    growth.computeIfAbsent(scale, s -> new LinkedHashMap<>()).put(key, round(value));
    table.append(String.format(Locale.ROOT, "| %s at %s | %.2f | | |%n", key, scale, value));
  }

  String write(Path file) throws IOException {
    figures.put("growth", growth);
    Files.createDirectories(file.getParent());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), figures);
    return table.toString();
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
