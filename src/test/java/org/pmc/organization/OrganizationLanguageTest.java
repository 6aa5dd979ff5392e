package org.pmc.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.SignUp;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * api.md "Languages": the language an organization's mails and invitations are in until each person chooses
 * their own; chosen on the Organization profile page, over the API, and at registration the page's language.
 */
class OrganizationLanguageTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  OrganizationService organizations;
  @Autowired
  JdbcClient jdbc;

  @Test
  @DisplayName("a global admin chooses the language of mails and invitations on the Organization profile page, in German; the activity log names the change in words")
  void chosenOnTheProfilePage() {
    Partner partner = partners.register("DE");
    Http browser = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);
    browser.submit("/language", Map.of("language", "de"));
    Document page = browser.get("/portal/organization").page();
    assertThat(page.select("h1").text()).isEqualTo("Organisationsprofil");
    assertThat(page.select("label[for=org-language]").text()).isEqualTo("Sprache von E-Mails und Einladungen");
    assertThat(page.select("#org-language option[selected]").val()).isEqualTo("en");

    Map<String, String> form = new HashMap<>(Map.of("name", partner.name(), "vatId", "", "language", "fr"));
    Http.Response saved = browser.submit("/portal/organization", form);

    assertThat(saved.redirectPath()).isEqualTo("/portal/organization");
    assertThat(browser.follow(saved).page().select(".alert-success").text())
        .isEqualTo("Organisationsprofil gespeichert. Rechnungen zeigen es ab sofort.");
    assertThat(organizations.organization(partner.organizationId()).language()).isEqualTo("fr");
    assertThat(language(partner.organizationId())).isEqualTo("fr");
    assertThat(browser.get("/portal/organization").page().select("#org-language option[selected]").val())
        .isEqualTo("fr");
    Document activity = browser.get("/portal/activity").page();
    assertThat(activity.select("h1").text()).isEqualTo("Aktivität");
    assertThat(activity.select("main table tbody").text()).contains("Sprache der Organisation geändert",
        "Organisationsprofil geändert").doesNotContain("ORGANIZATION_LANGUAGE_CHANGED");
  }

  @Test
  @DisplayName("a language the portal does not speak is refused next to the field and nothing changes")
  void unknownLanguageRefused() {
    Partner partner = partners.register("DE");
    Http browser = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);

    Http.Response refused = browser.submit("/portal/organization",
        Map.of("name", partner.name(), "vatId", "", "language", "xx"));

    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.page().select("#language-error").text()).contains("en, de, fr, es, ja");
    assertThat(language(partner.organizationId())).isEqualTo("en");
  }

  @Test
  @DisplayName("PUT /api/organizations/{org}/profile takes an optional language; without it the language stays")
  void overTheApi() {
    Partner partner = partners.register("DE");
    Http api = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    String path = "/api/organizations/" + partner.organizationId() + "/profile";

    Http.Response spoken = api.put(path, "{\"name\": \"%s\", \"language\": \"ja\"}".formatted(partner.name()));
    Http.Response kept = api.put(path, "{\"name\": \"%s\"}".formatted(partner.name()));
    Http.Response refused = api.put(path, "{\"name\": \"%s\", \"language\": \"xx\"}".formatted(partner.name()));

    assertThat(spoken.status()).as(spoken.body()).isEqualTo(200);
    assertThat(spoken.json().get("language").asText()).isEqualTo("ja");
    assertThat(kept.json().get("language").asText()).isEqualTo("ja");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(api.get("/api/organizations/" + partner.organizationId()).json().get("language").asText())
        .isEqualTo("ja");
  }

  @Test
  @DisplayName("R-PPL-7: an organization registered on the Japanese page speaks Japanese")
  void registeredInJapanese() {
    String email = "yui-" + UUID.randomUUID().toString().substring(0, 8) + "@nihongo.example";
    Http visitor = new Http(port).speaking("ja");
    SignUp signUp = signUp();
    String link = signUp.requestAndAwaitLink(email, SignUp.REGISTRATION, () -> {
      Map<String, String> form = new HashMap<>(Map.of("name", "Nihongo KK", "country", "JP", "firstName", "Yui",
          "lastName", "Sato", "email", email, "password", "a-long-password"));
      form.put("_csrf", visitor.get("/portal/register").csrfToken());
      assertThat(visitor.postForm("/portal/register", form).status()).isEqualTo(200);
    });

    String path = link.substring(link.indexOf('/', link.indexOf("//") + 2));
    Http.Response page = visitor.get(path);
    visitor.postForm(path, Map.of("_csrf", page.csrfToken()));

    assertThat(jdbc.sql("""
        select o.language from organization o join individual i on i.organization_id = o.id where i.email = ?""")
        .param(email).query(String.class).single()).isEqualTo("ja");
  }

  private String language(UUID organizationId) {
    return jdbc.sql("select language from organization where id = ?").param(organizationId)
        .query(String.class).single();
  }
}
