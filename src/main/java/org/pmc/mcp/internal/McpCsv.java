package org.pmc.mcp.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pmc.competency.Competency;
import org.pmc.mcp.internal.CertificationView;

/**
 * The MCP export (R-MCP-1) as RFC 4180 CSV in UTF-8: one row per MCP, certifications and competencies as
 * codes joined with "; ". Commons CSV quotes commas, quotes and line breaks. A cell that a spreadsheet
 * would run as a formula (it starts with =, +, -, @, tab or carriage return) gets a leading apostrophe,
 * so a name typed into the registry cannot become a formula in the partner's spreadsheet.
 */
public final class McpCsv {

  static final String[] HEADER = {"mcpId", "firstName", "lastName", "email", "location", "certifications",
      "competencies"};
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader(HEADER).get();

  private McpCsv() {}

  public static byte[] write(List<McpView> rows, Map<UUID, String> locationNames) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      for (McpView mcp : rows) {
        printer.printRecord(cell(mcp.mcpId()), cell(mcp.firstName()), cell(mcp.lastName()), cell(mcp.email()),
            cell(locationNames.getOrDefault(mcp.locationId(), "")),
            mcp.certifications().stream().map(CertificationView::code).collect(Collectors.joining("; ")),
            mcp.competencies().stream().map(Competency::name).collect(Collectors.joining("; ")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }
}
