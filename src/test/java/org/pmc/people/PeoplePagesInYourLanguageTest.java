package org.pmc.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;

/** api.md "Languages": Manage People in the signed-in person's language and time zone, statuses as words. */
class PeoplePagesInYourLanguageTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  PeopleService people;

  @Test
  @DisplayName("R-PPL-1 in German: the menu, the status tabs in words and the invitation date in German form and the person's time zone, no (UTC)")
  void awaitingInGerman() {
    Partner partner = partners.register("DE");
    Http api = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    UUID invited = UUID.fromString(api.post("/api/organizations/" + partner.organizationId() + "/invitations",
        "{\"emails\": \"kai@sprache.example\", \"locationId\": \"" + partner.hqLocationId() + "\"}").json()
        .get("invited").get(0).get("individualId").asText());
    assertThat(api.put("/api/me", """
        {"firstName": "Ada", "lastName": "Admin", "language": "de", "timeZone": "Asia/Kolkata"}""").status())
        .isEqualTo(200);
    Http browser = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);

    Document page = browser.get("/portal/people/awaiting").page();

    assertThat(page.select("html").attr("lang")).isEqualTo("de");
    assertThat(page.select("#menu a[href=/portal/organization]").text()).isEqualTo("Organisationsprofil");
    assertThat(page.select("button[type=submit]").eachText()).contains("Abmelden");
    assertThat(page.select(".nav-pills").text()).contains("Genehmigt, wartet auf Profil",
        "Eingeladen, noch nicht angenommen");
    assertThat(page.select("main table thead").text()).contains("Eingeladen", "Einladung gesendet")
        .doesNotContain("UTC");
    String invitedAt = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(Locale.GERMAN).withZone(ZoneId.of("Asia/Kolkata")).format(people.person(invited).invitedAt());
    assertThat(page.select("main table tbody").text()).contains("kai@sprache.example", invitedAt);
  }

  @Test
  @DisplayName("R-PPL-3 in Japanese: the Tasks page's heading, the menu and the task to approve a request to join are Japanese")
  void tasksInJapanese() {
    Partner partner = partners.register("JP");
    signUp().requestAssociation(partner.partnerNumber(), partner.hqLocationId().toString(), "Ren", "Mori",
        "ren@nihongo.example");
    Http browser = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);
    browser.submit("/language", Map.of("language", "ja"));

    Document page = browser.get("/portal/tasks").page();

    assertThat(page.select("h1").text()).isEqualTo("タスク");
    assertThat(page.select("#approvals tbody").text()).contains("所属申請の承認", "ren@nihongo.example");
    assertThat(page.select("#approvals thead").text()).contains("対象者", "拠点");
    assertThat(page.select("#menu a[href=/portal/requests]").text()).isEqualTo("リクエスト");
    assertThat(page.select("#skip-link").text()).isEqualTo("本文へスキップ");
    assertThat(page.select("#language option").eachText()) // each language named in itself
        .containsExactly("English", "Deutsch", "Français", "Español", "日本語");
  }
}
