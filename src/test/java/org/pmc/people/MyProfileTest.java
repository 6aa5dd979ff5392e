package org.pmc.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** My profile and changing one's password. */
class MyProfileTest extends IntegrationTest {

  private static final String NEW_PASSWORD = "a-brand-new-secret";

  @Autowired
  TestPartners partners;
  @Autowired
  JdbcClient jdbc;

  @Test
  @DisplayName("api.md GET /api/me: the signed-in person with their organization, location and role")
  void showsMe() {
    Partner partner = partners.register("DE");

    Http.Response me = api(partner).get("/api/me");

    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("id").asText()).isEqualTo(partner.adminId().toString());
    assertThat(me.json().get("email").asText()).isEqualTo(partner.adminEmail());
    assertThat(me.json().get("organizationId").asText()).isEqualTo(partner.organizationId().toString());
    assertThat(me.json().get("locationId").asText()).isEqualTo(partner.hqLocationId().toString());
    assertThat(me.json().get("role").asText()).isEqualTo("GLOBAL_ADMIN");
  }

  @Test
  @DisplayName("api.md PUT /api/me: first and last name, phone, language and time zone are saved and logged")
  void changesMyProfile() {
    Partner partner = partners.register("DE");

    Http.Response changed = api(partner).put("/api/me", """
        {"firstName": "Kim", "lastName": "Berg", "phone": "+49 30 1234567", "language": "de",
         "timeZone": "Europe/Berlin"}""");

    assertThat(changed.status()).isEqualTo(200);
    Http.Response me = api(partner).get("/api/me");
    assertThat(me.json().get("firstName").asText()).isEqualTo("Kim");
    assertThat(me.json().get("lastName").asText()).isEqualTo("Berg");
    assertThat(me.json().get("phone").asText()).isEqualTo("+49 30 1234567");
    assertThat(me.json().get("language").asText()).isEqualTo("de");
    assertThat(me.json().get("timeZone").asText()).isEqualTo("Europe/Berlin");
    assertThat(activities(partner, "PROFILE_CHANGED")).isEqualTo(1);
  }

  @Test
  @DisplayName("api.md PUT /api/me: a language not offered, an unknown time zone, a phone of letters, a blank or too long name: 400 naming the field")
  void refusesBadProfiles() {
    Partner partner = partners.register("DE");
    String valid = "\"firstName\": \"Kim\", \"lastName\": \"Berg\"";

    assertThat(fieldOf(api(partner).put("/api/me", "{" + valid + ", \"language\": \"xx\"}"))).isEqualTo("language");
    assertThat(fieldOf(api(partner).put("/api/me", "{" + valid + ", \"timeZone\": \"Mars/Base\"}")))
        .isEqualTo("timeZone");
    assertThat(fieldOf(api(partner).put("/api/me", "{" + valid + ", \"phone\": \"call me\"}"))).isEqualTo("phone");
    assertThat(fieldOf(api(partner).put("/api/me", "{\"firstName\": \" \", \"lastName\": \"Berg\"}")))
        .isEqualTo("firstName");
    assertThat(fieldOf(api(partner).put("/api/me", "{\"firstName\": \"Kim\", \"lastName\": \"" + "x".repeat(101)
        + "\"}"))).isEqualTo("lastName");
  }

  @Test
  @DisplayName("Issue 17: the My profile page, linked under the person's name, saves the profile (CSRF form)")
  void profilePage() {
    Partner partner = partners.register("DE");
    Http browser = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);
    assertThat(browser.get("/portal").page().select("a#my-profile").attr("href")).isEqualTo("/portal/profile");
    assertThat(browser.get("/portal/profile").status()).isEqualTo(200);

    Http.Response saved = browser.submit("/portal/profile", Map.of("firstName", "Ana", "lastName", "Lima",
        "phone", "", "language", "es", "timeZone", "America/Sao_Paulo"));
    Http.Response refused = browser.submit("/portal/profile", Map.of("firstName", "Ana", "lastName", "Lima",
        "timeZone", "Nowhere/Town"));

    assertThat(saved.status()).isEqualTo(302);
    assertThat(api(partner).get("/api/me").json().get("timeZone").asText()).isEqualTo("America/Sao_Paulo");
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.page().select("#timeZone.is-invalid")).hasSize(1);
  }

  @Test
  @DisplayName("api.md POST /api/me/password: a wrong current password is 400 naming currentPassword; a new one against the password rule names newPassword")
  void refusesWrongOrWeakPasswords() {
    Partner partner = partners.register("DE");

    Http.Response wrong = api(partner).post("/api/me/password", """
        {"currentPassword": "not-my-password", "newPassword": "%s"}""".formatted(NEW_PASSWORD));
    Http.Response weak = api(partner).post("/api/me/password", """
        {"currentPassword": "%s", "newPassword": "short"}""".formatted(TestPartners.PASSWORD));
    Http.Response common = api(partner).post("/api/me/password", """
        {"currentPassword": "%s", "newPassword": "password123"}""".formatted(TestPartners.PASSWORD));

    assertThat(fieldOf(wrong)).isEqualTo("currentPassword");
    assertThat(fieldOf(weak)).isEqualTo("newPassword");
    assertThat(fieldOf(common)).isEqualTo("newPassword");
    assertThat(api(partner).get("/api/me").status()).as("the password is unchanged").isEqualTo(200);
  }

  @Test
  @DisplayName("api.md POST /api/me/password: 204; the person's other session is signed out, the session that changed it stays, the new password signs in")
  void passwordChangeEndsTheOtherSessions() {
    Partner partner = partners.register("DE");
    Http laptop = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);
    Http phone = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);

    Http.Response changed = laptop.submit("/portal/profile/password",
        Map.of("currentPassword", TestPartners.PASSWORD, "newPassword", NEW_PASSWORD));

    assertThat(changed.status()).isEqualTo(302);
    assertThat(laptop.get("/portal/profile").status()).as("the session that changed it").isEqualTo(200);
    assertSignedOut(phone);
    assertThat(sessionRows(partner)).isEqualTo(1);
    assertThat(activities(partner, "PASSWORD_CHANGED")).isEqualTo(1);

    Http.Response overApi = new Http(port).as(partner.adminEmail(), NEW_PASSWORD).post("/api/me/password", """
        {"currentPassword": "%s", "newPassword": "yet-another-secret"}""".formatted(NEW_PASSWORD));

    assertThat(overApi.status()).isEqualTo(204);
    assertSignedOut(laptop);
    assertThat(new Http(port).signIn(partner.adminEmail(), "yet-another-secret").get("/portal").status())
        .isEqualTo(200);
  }

  private Http api(Partner partner) {
    return new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
  }

  private static String fieldOf(Http.Response refused) {
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    return refused.json().get("errors").findValuesAsText("field").get(0);
  }

  private static void assertSignedOut(Http browser) {
    Http.Response next = browser.get("/portal");
    assertThat(next.status()).isEqualTo(302);
    assertThat(next.redirectPath()).isEqualTo("/portal/login");
  }

  private long sessionRows(Partner partner) {
    return jdbc.sql("select count(*) from spring_session where principal_name = ?")
        .param(partner.adminId().toString()).query(Long.class).single();
  }

  private long activities(Partner partner, String type) {
    return jdbc.sql("select count(*) from activity where organization_id = ? and type = ?")
        .params(partner.organizationId(), type).query(Long.class).single();
  }
}
