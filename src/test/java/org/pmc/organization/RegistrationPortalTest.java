package org.pmc.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.Mailboxes;
import org.pmc.Mails;
import org.pmc.SignUp;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public page "Register your organization", driven like a browser: its own CSRF token, no sign-in. */
class RegistrationPortalTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  JdbcClient jdbc;

  @Test
  @DisplayName("Registration, issue 14, R-PPL-7, R-PPL-8: a partner registers on the page, is told to check their mail, confirms by the link, lands on the login page with the partner number and signs in as global admin")
  void registersAndSignsIn() {
    String email = unique("gina");
    Http visitor = new Http(port);
    Document login = visitor.get("/portal/login").page();
    assertThat(login.select("a[href=/portal/register]").text()).isEqualTo("Register your organization");
    SignUp signUp = signUp();

    String link = signUp.requestAndAwaitLink(email, SignUp.REGISTRATION, () -> {
      Http.Response sent = register(visitor, form("Globex Portal", email));
      assertThat(sent.status()).as(sent.body()).isEqualTo(200);
      assertThat(sent.page().select("h1").text()).isEqualTo("Check your mail");
      assertThat(sent.page().select("#sent").text()).contains(email);
    });
    assertThat(count(email)).as("nothing registered before the click").isZero();

    Document notice = signUp.confirm(link).page();
    String partnerNumber = jdbc.sql("""
        select o.partner_number from organization o join individual i on i.organization_id = o.id
        where i.email = ?""").param(email).query(String.class).single();
    assertThat(notice.select(".alert-success span").text()).isEqualTo(
        "Registered: Globex Portal, partner number " + partnerNumber + ". Sign in as its global admin.");
    assertThat(notice.select("#username").val()).isEqualTo(email);
    assertThat(jdbc.sql("""
        select o.name || '|' || o.membership_level || '|' || l.country || '|' || i.role from organization o
        join location l on l.id = o.hq_location_id join individual i on i.organization_id = o.id
        where i.email = ?""").param(email).query(String.class).single())
        .isEqualTo("Globex Portal|NETWORK|FR|GLOBAL_ADMIN");

    Http admin = new Http(port).signIn(email, "a-long-password");
    Document home = admin.get("/portal").page();
    assertThat(home.text()).contains("Globex Portal");
    assertThat(home.select("#partner-number").text()).isEqualTo(partnerNumber);
  }

  @Test
  @DisplayName("Bad input: a missing name, a malformed email and a password the rule refuses are named next to their fields")
  void invalidFieldsAreShownNextToTheirFields() {
    Map<String, String> fields = form(" ", "not-an-address");
    fields.put("password", "short");
    Http visitor = new Http(port);

    Http.Response refused = register(visitor, fields);

    assertThat(refused.status()).isEqualTo(200);
    Document page = refused.page();
    assertThat(page.select("#name.is-invalid + .invalid-feedback").text()).isEqualTo("must not be blank");
    assertThat(page.select("#email.is-invalid + .invalid-feedback").text()).contains("well-formed email address");
    assertThat(page.select("#password.is-invalid + .invalid-feedback").text())
        .isEqualTo("must be at least 8 characters");
    assertThat(page.select("#firstName").val()).isEqualTo("Pat");
    assertThat(page.select("#password").val()).as("the password is not sent back").isEmpty();
    assertThat(count("not-an-address")).isZero();

    Map<String, String> noCountry = form("Globex Nowhere", unique("nora"));
    noCountry.put("country", "XX");
    assertThat(register(visitor, noCountry).page().select("#country.is-invalid + .invalid-feedback").text())
        .isEqualTo("is not an ISO 3166 country code");
  }

  @Test
  @DisplayName("Issue 14, R-PPL-7: an address already associated is answered \"check your mail\" like any other; its owner is told by mail; nothing is registered")
  void takenEmailIsAnsweredLikeAnyOther() {
    Partner existing = partners.register("FR");
    Http visitor = new Http(port);

    Http.Response answered = register(visitor, form("Globex Twice", existing.adminEmail()));

    assertThat(answered.status()).isEqualTo(200);
    assertThat(answered.page().select("h1").text()).isEqualTo("Check your mail");
    sendSignUpMails();
    assertThat(Mails.subject(new Mailboxes(mailServer).first(existing.adminEmail(), Duration.ofSeconds(30))))
        .isEqualTo("You already have an account in the Partner Membership Center");
    assertThat(jdbc.sql("select count(*) from organization where name = 'Globex Twice'").query(Integer.class)
        .single()).isZero();
  }

  @Test
  @DisplayName("CSRF: a registration posted without the page's token is refused with 403 and registers nothing")
  void withoutCsrfTokenIs403() {
    String email = unique("carl");
    Http.Response refused = new Http(port).postForm("/portal/register", form("Globex Forged", email));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(count(email)).isZero();
  }

  private Http.Response register(Http visitor, Map<String, String> fields) {
    Map<String, String> withToken = new HashMap<>(fields);
    withToken.put("_csrf", visitor.get("/portal/register").csrfToken());
    return visitor.postForm("/portal/register", withToken);
  }

  private static Map<String, String> form(String name, String email) {
    return new HashMap<>(Map.of("name", name, "country", "FR", "firstName", "Pat", "lastName", "Partner",
        "email", email, "password", "a-long-password"));
  }

  private int count(String email) {
    return jdbc.sql("select count(*) from individual where email = ?").param(email).query(Integer.class).single();
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@globex-portal.example";
  }
}
