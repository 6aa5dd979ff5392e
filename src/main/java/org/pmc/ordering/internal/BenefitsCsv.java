package org.pmc.ordering.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The Benefits export as RFC 4180 CSV in UTF-8: one row per benefit and location. A location name typed by the
 * partner that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets an apostrophe.
 */
final class BenefitsCsv {

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setHeader("location", "benefit", "title", "quantity", "source", "expiresOn").get();

  private BenefitsCsv() {}

  static byte[] write(List<BenefitView> benefits, Map<UUID, String> locationNames) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      for (BenefitView benefit : benefits) {
        String location = locationNames.getOrDefault(benefit.locationId(), "");
        printer.printRecord(!location.isEmpty() && "=+-@\t\r".indexOf(location.charAt(0)) >= 0 ? "'" + location
            : location, benefit.type(), benefit.title(), benefit.quantity(), benefit.source(), benefit.expiresOn());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
