package org.pmc.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * api.md "Languages", "The partner's overview": the Requests pages in the signed-in person's language and time
 * zone; the step and whom it waits for in words, the JSON API keeping the models' English and the codes.
 */
class RequestsInYourLanguageTest extends IntegrationTest {

  @Autowired
  TestPartners partners;

  Partner partner;
  Http api;

  @BeforeEach
  void partner() {
    partner = partners.register("DE");
    api = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
  }

  @Test
  @DisplayName("in German: the menu, the headings, the step, whom it waits for and the dates are German, in the person's time zone")
  void german() {
    String referenceId = waitingReference("greta@sprache.example");
    Http browser = speaking("de", "America/New_York");

    Document list = browser.get("/portal/requests").page();
    assertThat(list.select("h1").text()).isEqualTo("Anfragen");
    assertThat(list.select("#menu a[href=/portal/locations]").text()).isEqualTo("Standorte verwalten");
    assertThat(list.select("#requests thead").text()).contains("Schritt", "Wartet auf");
    Element row = list.selectFirst("tr.request[data-id=" + referenceId + "]");
    assertThat(row.select(".step").text()).isEqualTo("Warten auf die Bestätigung des Kunden");
    assertThat(row.select(".waiting-for").text()).isEqualTo("Kunde");
    assertThat(row.select(".next").text()).startsWith("Erste Erinnerung an den Kunden in 7 Tagen");

    Document detail = browser.get("/portal/requests/REFERENCE/" + referenceId).page();
    assertThat(detail.select("#step").text()).isEqualTo("Warten auf die Bestätigung des Kunden");
    assertThat(detail.select("#waiting-for").text()).isEqualTo("Kunde");
    assertThat(detail.select("#steps tr.request-step td:eq(1)").first().text())
        .isEqualTo(local(firstStepStart(referenceId), Locale.GERMAN, "America/New_York"));
    assertThat(detail.text()).doesNotContain("UTC", "Waiting for", "CUSTOMER");
  }

  @Test
  @DisplayName("in Japanese: the step and whom it waits for in Japanese, the date in Japanese form and the person's time zone")
  void japanese() {
    String referenceId = waitingReference("hana@gengo.example");
    Http browser = speaking("ja", "Asia/Tokyo");

    Document list = browser.get("/portal/requests").page();
    assertThat(list.select("html").attr("lang")).isEqualTo("ja");
    assertThat(list.select("h1").text()).isEqualTo("リクエスト");
    Element row = list.selectFirst("tr.request[data-id=" + referenceId + "]");
    assertThat(row.select(".step").text()).isEqualTo("顧客の確認待ち");
    assertThat(row.select(".waiting-for").text()).isEqualTo("顧客");

    Document detail = browser.get("/portal/requests/REFERENCE/" + referenceId).page();
    assertThat(detail.select("#steps tr.request-step td:eq(1)").first().text())
        .isEqualTo(local(firstStepStart(referenceId), Locale.JAPANESE, "Asia/Tokyo"));
  }

  @Test
  @DisplayName("the API keeps the models' English step and the waitingFor code whatever the person's language")
  void apiKeepsCodes() {
    String referenceId = waitingReference("ida@api.example");
    speaking("de", "Europe/Berlin");

    JsonNode request = api.get("/api/organizations/" + partner.organizationId() + "/requests").json().get(0);
    assertThat(request.get("id").asText()).isEqualTo(referenceId);
    assertThat(request.get("step").asText()).isEqualTo("Waiting for the customer's confirmation");
    assertThat(request.get("waitingFor").asText()).isEqualTo("CUSTOMER");
  }

  private Http speaking(String language, String timeZone) {
    Http browser = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);
    assertThat(browser.submit("/language", Map.of("language", language)).status()).isEqualTo(302);
    JsonNode me = api.get("/api/me").json();
    assertThat(api.put("/api/me", """
        {"firstName": "%s", "lastName": "%s", "language": "%s", "timeZone": "%s"}"""
        .formatted(me.get("firstName").asText(), me.get("lastName").asText(), language, timeZone)).status())
        .isEqualTo(200);
    return browser;
  }

  private String waitingReference(String contactEmail) {
    Http.Response created = api.post("/api/organizations/" + partner.organizationId() + "/references", """
        {"customerCompany": "Northwind", "contactName": "Nina North", "contactEmail": "%s",
         "description": "Migrated 400 mailboxes", "locationId": "%s", "competency": "CLOUD_PRODUCTIVITY"}"""
        .formatted(contactEmail, partner.hqLocationId()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String referenceId = created.json().get("id").asText();
    runDueJobsOf(byBusinessKey(referenceId));
    return referenceId;
  }

  private Instant firstStepStart(String referenceId) {
    return Instant.parse(api.get("/api/organizations/" + partner.organizationId() + "/requests/REFERENCE/"
        + referenceId).json().get("steps").get(0).get("startedAt").asText());
  }

  private static String local(Instant at, Locale locale, String zone) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
        .withZone(ZoneId.of(zone)).format(at);
  }
}
