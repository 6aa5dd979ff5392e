package org.pmc.activity.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * The CSV download of the activity log, the same from the API and from the portal: RFC 4180 quoting
 * by Commons CSV, one header row, one row per entry.
 *
 * <p>Actors and summaries carry text that partners and customers typed. A spreadsheet would run a
 * cell that starts with {@code = + - @} (or a tab or carriage return) as a formula, so such a cell
 * gets a leading apostrophe (the OWASP advice against CSV injection).
 */
public final class ActivityCsv {

  static final String[] HEADER =
      {"occurredAt", "actor", "actorKind", "type", "entityType", "entityId", "summary"};
  static final String FILENAME = "activity.csv";

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader(HEADER).get();

  private ActivityCsv() {}

  /** Headers of the download; call before anything is written to the body. */
  static void prepare(HttpServletResponse response) {
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(FILENAME).build().toString());
  }

  /** A printer that has written the header row. */
  public static CSVPrinter printer(Writer out) throws IOException {
    return new CSVPrinter(out, FORMAT);
  }

  public static void print(CSVPrinter csv, ActivityView entry) throws IOException {
    csv.printRecord(entry.occurredAt(), text(entry.actor()), entry.actorKind(), text(entry.type()),
        text(entry.entityType()), entry.entityId() == null ? "" : entry.entityId(), text(entry.summary()));
  }

  public static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }
}
