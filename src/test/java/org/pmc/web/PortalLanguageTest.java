package org.pmc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;

/** api.md "Languages": which language a page is in, the switcher, and refused fields told to screen readers. */
class PortalLanguageTest extends IntegrationTest {

  @Autowired
  TestPartners partners;

  @Test
  @DisplayName("a stranger's page is in the first language of Accept-Language the portal speaks, else English")
  void followsTheBrowser() {
    Document japanese = new Http(port).speaking("it, ja;q=0.8, en;q=0.5").get("/portal/login").page();
    Document italian = new Http(port).speaking("it").get("/portal/login").page();

    assertThat(japanese.select("html").attr("lang")).isEqualTo("ja");
    assertThat(japanese.select("label[for=language]").text()).isEqualTo("言語");
    assertThat(japanese.select("#language option[selected]").val()).isEqualTo("ja");
    assertThat(italian.select("html").attr("lang")).isEqualTo("en");
  }

  @Test
  @DisplayName("a stranger's switch is kept in a cookie and beats the browser; a language not offered changes nothing")
  void strangersSwitch() {
    Http stranger = new Http(port).speaking("ja");
    String token = stranger.get("/portal/login").csrfToken();

    Http.Response switched = stranger.postForm("/language", Map.of("language", "fr", "_csrf", token));
    Http.Response ignored = stranger.postForm("/language", Map.of("language", "xx", "_csrf", token));

    assertThat(switched.status()).isEqualTo(302);
    assertThat(ignored.status()).isEqualTo(302);
    assertThat(stranger.get("/portal/login").page().select("html").attr("lang")).isEqualTo("fr");
  }

  @Test
  @DisplayName("the switcher needs the form's CSRF token")
  void switchNeedsCsrf() {
    Http stranger = new Http(port);

    assertThat(stranger.postForm("/language", Map.of("language", "de")).status()).isEqualTo(403);
    assertThat(stranger.cookie("pmc-lang")).isNull();
  }

  @Test
  @DisplayName("signed in, the switch is the person's language (My profile): another browser of theirs shows it too")
  void signedInSwitchIsTheirLanguage() {
    Partner partner = partners.register("DE");
    Http laptop = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);

    Http.Response switched = laptop.submit("/language", Map.of("language", "de"));

    assertThat(switched.status()).isEqualTo(302);
    assertThat(new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD).get("/api/me").json()
        .get("language").asText()).isEqualTo("de");
    Http phone = new Http(port).speaking("ja").signIn(partner.adminEmail(), TestPartners.PASSWORD);
    assertThat(phone.get("/portal/profile").page().select("html").attr("lang")).isEqualTo("de");
  }

  @Test
  @DisplayName("WCAG 2.1 3.3.1: a refused field is aria-invalid and described by its message")
  void refusedFieldIsDescribed() {
    Partner partner = partners.register("DE");
    Http browser = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);

    Document refused = browser.submit("/portal/profile", Map.of("firstName", "Ana", "lastName", "Lima",
        "timeZone", "Nowhere/Town")).page();

    assertThat(refused.select("#timeZone").attr("aria-invalid")).isEqualTo("true");
    assertThat(refused.select("#timeZone").attr("aria-describedby")).isEqualTo("timeZone-error");
    assertThat(refused.select("#timeZone-error").text()).isNotBlank();
    assertThat(refused.select("#firstName").hasAttr("aria-invalid")).isFalse();
  }
}
