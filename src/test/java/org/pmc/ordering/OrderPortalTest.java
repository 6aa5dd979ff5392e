package org.pmc.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.ReaderForms;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.ordering.internal.Invoices;
import org.pmc.ordering.internal.Shipments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The portal's New Order, Orders, Invoices and Shipments pages over a real port, with CSRF forms. */
class OrderPortalTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  /** Issue 15: dates from the application's clock (UTC), not the machine's zone. */
  @Autowired
  Clock clock;
  @Value("${pmc.payments.webhook-secret}")
  String secret;
  @Autowired
  JdbcClient jdbc;

  Partner partner;
  Http admin;
  Http browser;
  String berlin;

  @BeforeEach
  void signedInAdminWithBerlinBranch() {
    partner = partners.register("DE");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    berlin = admin.post("/api/organizations/" + partner.organizationId() + "/locations", """
        {"name": "Berlin", "country": "DE", "parentId": "%s",
         "address": {"line1": "1 Main Street", "city": "Berlin", "postalCode": "10115", "country": "DE"}}""".formatted(partner.hqLocationId()))
        .json().get("id").asText();
    Http staff = new Http(port).asCamundaAdmin();
    for (String competency : new String[] {"CLOUD_PRODUCTIVITY:ACTIVE_EARNED", "DATACENTER:ACTIVE_PRE_APPROVED"}) {
      String[] parts = competency.split(":");
      assertThat(staff.put("/api/admin/locations/" + berlin + "/competencies/" + parts[0],
          "{\"level\": \"SILVER\", \"status\": \"%s\"}".formatted(parts[1])).status()).isEqualTo(200);
    }
    browser = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);
  }

  @Test
  @DisplayName("R-ABTK-18, R-ABTK-2, R-ABTK-4: New Order shows each location's offers with prices, tax excluded, and why not")
  void newOrderShowsOffersAndReasons() {
    Document page = browser.get("/portal/orders/new").page();

    assertThat(page.select("nav a[href=/portal/orders/new]")).isNotEmpty();
    assertThat(page.select("nav a[href=/portal/invoices]")).isNotEmpty();
    assertThat(page.text()).contains("exclude tax (VAT, GST, PST)");
    Element silver = row(page, "table.abtk-offers", "Berlin", "Silver");
    assertThat(silver.select(".price").text()).isEqualTo("€1,536.40");
    assertThat(silver.select("form button").text()).isEqualTo("Order");
    Element gold = row(page, "table.abtk-offers", "Berlin", "Gold");
    assertThat(gold.select(".rule").text()).isEqualTo("R-ABTK-4");
    assertThat(gold.select("form")).isEmpty();
    assertThat(row(page, "table.abtk-offers", partner.name() + " HQ", "Silver").select(".reason").text())
        .isEqualTo("R-ABTK-2 The headquarters cannot order an ABTK; only its associated, qualified locations can.");
    assertThat(page.select("table.plaque-offers td label").eachText())
        .contains("Plate: Partner Network membership", "Plaque: Cloud Productivity")
        .doesNotContain("Plaque: Datacenter");
    assertThat(row(page, "table.plaque-offers", "Berlin", "Plaque: Cloud Productivity").select(".price").text())
        .isEqualTo("€89.00");

    Document onlyBerlin = browser.get("/portal/orders/new?locationId=" + berlin).page();
    assertThat(onlyBerlin.select("table.abtk-offers tbody tr")).hasSize(2);
  }

  @Test
  @DisplayName("R-ABTK-3, R-PLQ-1: orders placed from the page; a refused one shows its rule and message, no error page")
  void orderFromThePageAndSeeRefusals() {
    Http.Response ordered = browser.submit("/portal/orders/abtk", Map.of("locationId", berlin, "level", "SILVER"));
    Document orders = browser.follow(ordered).page();
    assertThat(orders.select(".alert-success").text()).startsWith("Silver ABTK ordered: €1,536.40");
    assertThat(orders.select("table.abtk-orders td").eachText()).contains("Berlin", "Silver", "Awaiting payment");

    Document again = browser.follow(browser.submit("/portal/orders/abtk",
        Map.of("locationId", berlin, "level", "SILVER"))).page();
    assertThat(again.select(".alert-danger").text()).endsWith("(R-ABTK-3)");

    Document plaques = browser.follow(browser.submit("/portal/orders/plaques",
        Map.of("item", "PLAQUE:" + berlin + ":CLOUD_PRODUCTIVITY"))).page();
    assertThat(plaques.select("table.plaque-orders td").eachText())
        .contains("Plaque Cloud Productivity, Berlin", "€89.00", "Awaiting payment");

    Document refused = browser.follow(browser.submit("/portal/orders/plaques",
        Map.of("item", "PLAQUE:" + berlin + ":DATACENTER"))).page();
    assertThat(refused.select(".alert-danger").text()).contains("ACTIVE_EARNED").endsWith("(R-PLQ-1)");
    Document nothing = browser.follow(browser.submit("/portal/orders/plaques", Map.of())).page();
    assertThat(nothing.select(".alert-danger").text()).isEqualTo("Choose at least one plate or plaque.");

    // with a silver competency the organization is at SILVER: Action Pack is for Network members
    Document notNetwork = browser.follow(browser.submit("/portal/orders/action-pack", Map.of())).page();
    assertThat(notNetwork.select(".alert-danger").text()).endsWith("this organization is at SILVER (R-MEM-1)");
  }

  @Test
  @DisplayName("R-MEM-1: a Network member's global admin orders Action Pack from New Order; a second order shows the rule")
  void actionPackFromThePage() {
    Partner network = partners.register("DE");
    Http networkAdmin = new Http(port).signIn(network.adminEmail(), TestPartners.PASSWORD);
    assertThat(networkAdmin.get("/portal/orders/new").page().select("#action-pack ~ form button").text())
        .isEqualTo("Order Action Pack");

    Document orders = networkAdmin.follow(networkAdmin.submit("/portal/orders/action-pack", Map.of())).page();
    assertThat(orders.select("table.action-pack-orders td").eachText()).contains("€437.00", "Awaiting payment");
    Document second = networkAdmin.follow(networkAdmin.submit("/portal/orders/action-pack", Map.of())).page();
    assertThat(second.select(".alert-danger").text()).endsWith("(R-MEM-1)");
  }

  @Test
  @DisplayName("R-ABTK-18, R-PLQ-1: Invoices lists paid and unpaid with due date and amount; Shipments the plaque sent")
  void invoicesAndShipments() {
    assertThat(browser.get("/portal/orders").page().text()).contains("No orders yet.");
    assertThat(browser.get("/portal/invoices").page().text()).contains("No invoices yet.");
    assertThat(browser.get("/portal/shipments").page().text()).contains("Nothing shipped yet.");
    browser.submit("/portal/orders/abtk", Map.of("locationId", berlin, "level", "SILVER"));
    browser.submit("/portal/orders/plaques", Map.of("item", "PLATE:" + berlin));
    JsonNode plate = admin.get("/api/organizations/" + partner.organizationId() + "/plaques/orders").json().get(0);
    new TestPayments(port, secret).pay(plate.get("invoiceId").asText(), "45.00", "EUR", "PORTAL-1");
    runDueJobsOf(OrderInstances.of(runtime, plate));

    Document invoices = browser.get("/portal/invoices").page();
    assertThat(invoices.select("table.invoices tbody tr")).hasSize(2);
    Element abtk = row(invoices, "table.invoices", "SILVER ABTK for Berlin", "€1,536.40");
    assertThat(abtk.select(".status").text()).isEqualTo("Open");
    assertThat(abtk.text()).contains(ReaderForms.english(LocalDate.now(clock).plusDays(30)));
    Element paid = row(invoices, "table.invoices", "1 plate", "€45.00");
    assertThat(paid.select(".status").text()).isEqualTo("Paid");
    assertThat(paid.text()).contains("PORTAL-1");

    Document shipments = browser.get("/portal/shipments").page();
    assertThat(shipments.select("table.shipments td").eachText())
        .contains("Berlin", "Plate", "Partner Network membership plate", "1 Main Street, 10115 Berlin, DE", "Preparing");
    assertThat(browser.get("/portal/orders").page().select("table.plaque-orders .status").text())
        .isEqualTo("Fulfilled");
  }

  @Test
  @DisplayName("R-MEM-3: an Action Pack member is told when renewal opens, and renews from the page inside the window")
  void actionPackRenewalFromThePage() {
    String organization = "/api/organizations/" + partner.organizationId();
    assertThat(new Http(port).asCamundaAdmin().put("/api/admin/organizations/" + partner.organizationId() + "/membership",
        "{\"level\": \"ACTION_PACK\"}").status()).isEqualTo(200);
    Element closed = browser.get("/portal/orders/new").page().getElementById("action-pack").parent();
    assertThat(closed.text()).contains("you can renew it in the re-enrollment window, from", "(R-MEM-3)");
    assertThat(closed.select("button")).isEmpty();

    LocalDate anniversary = LocalDate.now(clock).plusDays(30);
    jdbc.sql("update organization set anniversary_date = ? where id = ?")
        .params(anniversary, partner.organizationId()).update();
    Element open = browser.get("/portal/orders/new").page().getElementById("action-pack").parent();
    assertThat(open.select("button").text()).isEqualTo("Renew Action Pack");
    assertThat(open.text()).contains("until " + ReaderForms.english(anniversary.plusYears(1)));
    browser.follow(browser.submit("/portal/orders/action-pack", Map.of()));

    assertThat(admin.get(organization + "/membership/action-pack").json().findValuesAsText("programYearEnd"))
        .containsExactly(anniversary.plusYears(1).toString());
  }

  @Test
  @DisplayName("R-ABTK-19, R-ABTK-12: Orders offers Cancel on an unpaid order and Upgrade to gold on a paid silver ABTK where the location qualifies")
  void cancelAndUpgradeFromOrders() {
    browser.submit("/portal/orders/plaques", Map.of("item", "PLATE:" + berlin));
    Element unpaid = browser.get("/portal/orders").page().selectFirst("table.plaque-orders tbody tr");
    assertThat(unpaid.select("form[action$=/cancel] button.cancel").text()).isEqualTo("Cancel");
    assertThat(unpaid.select("form[action$=/cancel]").attr("data-confirm")).contains("Cancel this order");
    assertThat(unpaid.select("form input[name=_csrf]")).isNotEmpty();

    Document cancelled = browser.follow(browser.submit(unpaid.select("form").attr("action"), Map.of())).page();
    assertThat(cancelled.select(".alert-success").text()).startsWith("Order cancelled with its invoice");
    Element row = cancelled.selectFirst("table.plaque-orders tbody tr");
    assertThat(row.select(".status").text()).isEqualTo("Cancelled");
    assertThat(row.select("button.cancel")).isEmpty();
    Document again = browser.follow(browser.submit(unpaid.select("form").attr("action"), Map.of())).page();
    assertThat(again.select(".alert-danger").text()).endsWith("(R-ABTK-19)");

    browser.submit("/portal/orders/abtk", Map.of("locationId", berlin, "level", "SILVER"));
    JsonNode silver = admin.get("/api/organizations/" + partner.organizationId() + "/abtk/orders").json().get(0);
    new TestPayments(port, secret).pay(silver.get("invoiceId").asText(), "1536.40", "EUR", "PORTAL-UP");
    runDueJobsOf(OrderInstances.of(runtime, silver));
    Element paid = browser.get("/portal/orders").page().selectFirst("table.abtk-orders tbody tr");
    assertThat(paid.select("button.cancel")).isEmpty();
    assertThat(paid.select("button.upgrade").attr("title")).startsWith("R-ABTK-12"); // Berlin is silver only

    new Http(port).asCamundaAdmin().put("/api/admin/locations/" + berlin + "/competencies/CLOUD_PRODUCTIVITY",
        "{\"level\": \"GOLD\", \"status\": \"ACTIVE_EARNED\"}");
    Element qualifies = browser.get("/portal/orders").page().selectFirst("table.abtk-orders tbody tr");
    Document upgraded = browser.follow(browser.submit(qualifies.select("form[action$=/upgrade]").attr("action"),
        Map.of())).page();
    assertThat(upgraded.select(".alert-success").text()).startsWith("Upgrade to gold ordered:");
    assertThat(upgraded.select("table.abtk-orders td").eachText()).contains("Upgrade");
    assertThat(upgraded.select("button.upgrade")).isEmpty();
  }

  @Test
  @DisplayName("R-ABTK-18: in German, New Order, Orders and Invoices speak German: prices 1.536,40 €, German dates, statuses in words")
  void pagesInGerman() {
    browser.submit("/language", Map.of("language", "de"));

    Document offers = browser.get("/portal/orders/new").page();
    assertThat(offers.select("h1").text()).isEqualTo("Neue Bestellung");
    assertThat(row(offers, "table.abtk-offers", "Berlin", "Silber").select(".price").text()).isEqualTo("1.536,40 €");
    assertThat(row(offers, "table.abtk-offers", "Berlin", "Gold").select(".reason").text())
        .contains("R-ABTK-4", "nur ein Silber-ABTK kaufen");

    Document orders = browser.follow(browser.submit("/portal/orders/abtk",
        Map.of("locationId", berlin, "level", "SILVER"))).page();
    assertThat(orders.select("h1").text()).isEqualTo("Bestellungen");
    assertThat(orders.select(".alert-success").text()).isEqualTo(
        "Silber-ABTK bestellt: 1.536,40 €, die Rechnung finden Sie unter „Rechnungen“.");
    assertThat(orders.select("table.abtk-orders td").eachText())
        .contains("Silber", "Bestellung", "1.536,40 €", "Wartet auf Zahlung",
            ReaderForms.date(LocalDate.now(clock), Locale.GERMAN));

    Document invoices = browser.get("/portal/invoices").page();
    assertThat(invoices.select("h1").text()).isEqualTo("Rechnungen");
    Element invoice = row(invoices, "table.invoices", "SILVER ABTK for Berlin", "1.536,40 €");
    assertThat(invoice.select(".status").text()).isEqualTo("Offen");
    assertThat(invoice.text()).contains(LocalDate.now(clock).plusDays(30)
        .format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    assertThat(invoices.body().text()).doesNotContain("Amount", "Due", "OPEN", "??");
  }

  @Test
  @DisplayName("R-ABTK-18: in Japanese, Invoices and Shipments speak Japanese: a Japanese date, the euro amount and statuses in words")
  void pagesInJapanese() {
    browser.submit("/language", Map.of("language", "ja"));
    browser.submit("/portal/orders/plaques", Map.of("item", "PLATE:" + berlin));

    Document invoices = browser.get("/portal/invoices").page();
    assertThat(invoices.select("h1").text()).isEqualTo("請求書");
    assertThat(invoices.select("table.invoices th").eachText()).contains("金額", "支払期日", "ステータス");
    Element invoice = invoices.selectFirst("table.invoices tbody tr");
    assertThat(invoice.select(".amount").text()).isEqualTo("€45.00");
    assertThat(invoice.select(".status").text()).isEqualTo("未払い");
    assertThat(invoice.text()).contains(LocalDate.now(clock).plusDays(30)
        .format(DateTimeFormatter.ofPattern("yyyy/MM/dd")));
    assertThat(browser.get("/portal/orders").page().select("table.plaque-orders .status").text())
        .isEqualTo("支払待ち");
    assertThat(browser.get("/portal/shipments").page().select("h1").text()).isEqualTo("発送");
  }

  /** The table row whose cells include both texts. */
  private static Element row(Document page, String table, String first, String second) {
    return page.select(table + " tbody tr").stream()
        .filter(tr -> tr.select("td").eachText().contains(first) && tr.select("td").eachText().contains(second))
        .findFirst().orElseThrow(() -> new AssertionError("no row " + first + ", " + second + " in " + table));
  }
}
