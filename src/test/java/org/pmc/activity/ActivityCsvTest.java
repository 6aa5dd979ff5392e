package org.pmc.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.UUID;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.pmc.activity.internal.ActivityCsv;
import org.pmc.activity.internal.ActivityView;

/** The CSV file itself: header, quoting, and cells a spreadsheet would run as formulas. */
class ActivityCsvTest {

  @Test
  void writesTheHeaderAndQuotesCommasAndQuotes() throws IOException {
    StringWriter out = new StringWriter();
    CSVPrinter csv = ActivityCsv.printer(out);
    UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
    ActivityCsv.print(csv, new ActivityView(UUID.randomUUID(), Instant.parse("2024-03-02T10:15:30Z"),
        "ann@fabrikam.example", ActorKind.PARTNER, "REFERENCE_CREATED", "CUSTOMER_REFERENCE", id,
        "Reference for Smith, \"Jones\" & Co (Cloud Productivity) created", null));
    ActivityCsv.print(csv, new ActivityView(UUID.randomUUID(), Instant.parse("2024-03-02T10:15:30Z"),
        "system", ActorKind.SYSTEM, "TEST", "TEST", null, "no entity", null));
    csv.flush();

    assertThat(out.toString()).isEqualTo("""
        occurredAt,actor,actorKind,type,entityType,entityId,summary\r
        2024-03-02T10:15:30Z,ann@fabrikam.example,PARTNER,REFERENCE_CREATED,CUSTOMER_REFERENCE,\
        00000000-0000-0000-0000-000000000001,"Reference for Smith, ""Jones"" & Co (Cloud Productivity) created"\r
        2024-03-02T10:15:30Z,system,SYSTEM,TEST,TEST,,no entity\r
        """);
  }

  @Test
  void cellsThatASpreadsheetWouldRunAsAFormulaAreDefused() {
    assertThat(ActivityCsv.text("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
    assertThat(ActivityCsv.text("+1")).isEqualTo("'+1");
    assertThat(ActivityCsv.text("-1")).isEqualTo("'-1");
    assertThat(ActivityCsv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(ActivityCsv.text("Reference for =Evil")).isEqualTo("Reference for =Evil");
    assertThat(ActivityCsv.text(null)).isEmpty();
  }
}
