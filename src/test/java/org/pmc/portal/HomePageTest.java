package org.pmc.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.ReaderForms;
import org.pmc.IntegrationTest;
import org.pmc.MovableClock;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.pmc.reference.ReferenceStatus;
import org.pmc.reference.StoredReferences;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The partner's home page as a dashboard: what waits, money, competencies and the charts' data. */
class HomePageTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  TestPartners partners;
  @Autowired
  StoredReferences references;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  MovableClock clock;

  Partner partner;
  Http admin;

  @BeforeEach
  void partner() {
    partner = partners.register("DE");
    admin = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);
  }

  @Test
  @DisplayName("R-ABTK-18, R-MEM-5: open invoices with amount, currency and due date, the overdue one first; paid ones not")
  void openInvoicesOverdueFirst() {
    LocalDate today = LocalDate.now(clock);
    invoice("OPEN", "475.00", "USD", today.plusDays(20), "Action Pack");
    invoice("OPEN", "1670.00", "EUR", today.minusDays(1), "Silver renewal");
    invoice("PAID", "99.00", "USD", today.minusDays(5), "Plaque");

    Document page = admin.get("/portal").page();

    List<Element> rows = page.select("#open-invoices tbody tr");
    assertThat(rows).extracting(Element::text).containsExactly(
        "%s Silver renewal €1,670.00 %s overdue".formatted(number(rows, 0), ReaderForms.english(today.minusDays(1))),
        "%s Action Pack $475.00 %s".formatted(number(rows, 1), ReaderForms.english(today.plusDays(20))));
    assertThat(rows.get(0).hasClass("table-danger")).isTrue();
    assertThat(rows.get(0).select("a").attr("href")).isEqualTo("/portal/invoices");
    assertThat(page.getElementById("renewal")).as("the renewal panel stays").isNotNull();
  }

  @Test
  @DisplayName("R-COMP-3, R-REF-4: two approved references: a 40% bar toward silver, and the month counts of the chart")
  void competencyBarAndReferenceChart() throws Exception {
    YearMonth now = YearMonth.now(clock);
    Instant thisMonth = now.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    references.store(partner, ReferenceStatus.APPROVED, thisMonth);
    references.store(partner, ReferenceStatus.APPROVED, thisMonth.minusSeconds(1)); // last month
    references.store(partner, ReferenceStatus.DECLINED, now.minusMonths(4).atDay(10).atStartOfDay(ZoneOffset.UTC)
        .toInstant());
    references.store(partners.register("FR"), ReferenceStatus.APPROVED, thisMonth); // never counted here

    Document page = admin.get("/portal").page();

    // R-COMP-3: silver needs 3 references and 2 MCPs: 2 of 5 met
    Element bar = page.selectFirst("#competencies .competency-progress[data-competency=CLOUD_PRODUCTIVITY]");
    assertThat(bar.text()).contains("Cloud Productivity", "toward Silver", "2/3 references", "0/2 MCPs");
    assertThat(bar.select(".progress-bar").attr("style")).isEqualTo("width: 40%");
    assertThat(page.select("#competencies a").eachAttr("href"))
        .contains("/portal/competencies", "/portal/competencies/plan");
    JsonNode chart = JSON.readTree(page.getElementById("references-chart").attr("data-chart"));
    List<String> months = new ArrayList<>();
    for (int back = 11; back >= 0; back--) {
      months.add(now.minusMonths(back).format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH)));
    }
    assertThat(chart.get("labels")).extracting(JsonNode::asText).containsExactlyElementsOf(months);
    assertThat(series(chart, "APPROVED")).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 1L);
    assertThat(series(chart, "DECLINED")).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L);
    assertThat(series(chart, "AWAITING_CUSTOMER")).containsOnly(0L);
  }

  @Test
  @DisplayName("R-COMP-4: a competency at risk comes first and is marked, ahead of one nearer its next level")
  void atRiskFirst() {
    references.store(partner, ReferenceStatus.APPROVED, clock.instant());
    assertThat(new Http(port).asCamundaAdmin().put("/api/admin/locations/" + partner.hqLocationId()
        + "/competencies/DATACENTER", "{\"level\": \"SILVER\", \"status\": \"ACTIVE_EARNED\"}").status())
        .isEqualTo(200);

    Document page = admin.get("/portal").page();

    List<Element> bars = page.select("#competencies .competency-progress");
    assertThat(bars).extracting(bar -> bar.attr("data-competency")).containsExactly("DATACENTER", "CLOUD_PRODUCTIVITY");
    assertThat(bars.get(0).text()).contains("at risk", "toward Silver", "0/3 references");
    assertThat(bars.get(0).select(".progress-bar").hasClass("bg-danger")).isTrue();
    assertThat(bars.get(1).text()).doesNotContain("at risk");
  }

  @Test
  @DisplayName("Empty states: no invoices, no competency, no references; the licenses chart shows the allowances (R-ABTK-17)")
  void emptyStates() throws Exception {
    Document page = admin.get("/portal").page();

    assertThat(page.select("#money").text()).contains("No open invoices");
    assertThat(page.select("#competencies").text()).contains("No competency in progress yet");
    assertThat(page.getElementById("references-chart")).isNull();
    assertThat(page.select("#references-empty a").attr("href")).isEqualTo("/portal/references/new");
    assertThat(page.select("#waiting").text()).contains("Nothing waits for your decision");
    assertThat(page.select("a[href=/portal/tasks] span").text()).isEqualTo("0");
    assertThat(page.select("#partner-number").text()).isEqualTo(partner.partnerNumber());
    assertThat(page.select("#membership-level").text()).isEqualTo("Network");
    JsonNode licenses = JSON.readTree(page.getElementById("licenses-chart").attr("data-chart"));
    assertThat(licenses.get("labels")).hasSize(12);
    assertThat(series(licenses, "used")).hasSize(12).containsOnly(0L);
    assertThat(series(licenses, "allowance")).contains(250L, 10L);
  }

  @Test
  @DisplayName("R-ABTK-18, R-COMP-3: the home page in German: headings, 1.670,00 € due on a German date, the level and the chart in words")
  void homeInGerman() throws Exception {
    LocalDate today = LocalDate.now(clock);
    invoice("OPEN", "1670.00", "EUR", today.minusDays(1), "Silver renewal");
    references.store(partner, ReferenceStatus.APPROVED, clock.instant());
    admin.submit("/language", Map.of("language", "de"));

    Document page = admin.get("/portal").page();

    assertThat(page.select("#money h2").first().text()).isEqualTo("Offene Rechnungen");
    assertThat(page.select("#open-invoices tbody tr").first().text()).contains("Silver renewal", "1.670,00 €",
        ReaderForms.date(today.minusDays(1), Locale.GERMAN), "überfällig");
    assertThat(page.select("#membership-level").text()).isEqualTo("Network");
    assertThat(page.selectFirst("#competencies .competency-progress").text())
        .contains("auf dem Weg zu Silber", "1/3 Referenzen");
    JsonNode chart = JSON.readTree(page.getElementById("references-chart").attr("data-chart"));
    assertThat(chart.get("labels").get(11).asText())
        .isEqualTo(YearMonth.now(clock).format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.GERMAN)));
    assertThat(chart.findValuesAsText("label")).contains("Genehmigt", "Wartet auf Kunden");
    assertThat(page.body().text()).doesNotContain("Open invoices", "overdue", "??");
  }

  private void invoice(String status, String amount, String currency, LocalDate due, String description) {
    jdbc.sql("""
        insert into invoice (id, number, organization_id, order_type, order_id, description, amount, currency, status,
          due_date, created_at)
        values (?, ?, ?, 'ABTK', ?, ?, ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID(), "HOME-" + UUID.randomUUID().toString().substring(0, 8), partner.organizationId(),
            UUID.randomUUID(), description, new BigDecimal(amount), currency, status, due,
            Timestamp.from(clock.instant()))
        .update();
  }

  private static String number(List<Element> rows, int row) {
    return rows.get(row).selectFirst("a").text();
  }

  /** The series of this code (a reference status, used, allowance); its label is in the reader's language. */
  private static List<Long> series(JsonNode chart, String code) {
    for (JsonNode dataset : chart.get("datasets")) {
      if (dataset.get("code").asText().equals(code)) {
        List<Long> values = new ArrayList<>();
        dataset.get("data").forEach(value -> values.add(value.asLong()));
        return values;
      }
    }
    throw new AssertionError("No dataset " + code + " in " + chart);
  }
}
