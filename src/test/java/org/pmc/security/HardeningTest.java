package org.pmc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.notification.SignedLinks;
import org.pmc.web.ProblemType;
import org.springframework.beans.factory.annotation.Autowired;

/** Security headers on portal pages, a new session at sign-in, the password rule, and links that expire. */
class HardeningTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  SignedLinks links;

  @Test
  void portalPagesAndLinkPagesCarryTheSecurityHeaders() {
    for (String path : new String[] {"/portal/login", "/portal/register", "/r/not-a-token", "/i/not-a-token",
        "/m/not-a-token", "/confirm/not-a-token", "/join/not-a-token"}) {
      Http.Response page = new Http(port).get(path);
      assertThat(page.header("Content-Security-Policy")).as(path)
          .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "form-action 'self'");
      assertThat(page.header("X-Frame-Options")).as(path).isEqualTo("DENY");
      assertThat(page.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(page.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
    }
    assertThat(new Http(port).get("/api/competencies").header("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void signingInGivesANewSessionIdAndThePlantedOneStaysSignedOut() throws Exception {
    Partner partner = partners.register("FR");
    Http browser = new Http(port);
    // The portal's pages give strangers no session (issue 13); the Camunda webapp's login page does.
    browser.get("/camunda/app/tasklist/");
    String planted = browser.cookie(Http.SESSION_COOKIE);
    assertThat(planted).isNotNull();

    browser.signIn(partner.adminEmail(), TestPartners.PASSWORD);

    assertThat(browser.cookie(Http.SESSION_COOKIE)).isNotNull().isNotEqualTo(planted);
    assertThat(browser.get("/portal").status()).isEqualTo(200);
    HttpResponse<String> withPlanted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(url("/portal"))).header("Cookie", Http.SESSION_COOKIE + "=" + planted).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(withPlanted.statusCode()).isEqualTo(302);
    assertThat(withPlanted.headers().firstValue("Location").orElseThrow()).endsWith("/portal/login");
  }

  @Test
  void registrationRefusesShortCommonAndOwnAddressPasswordsNamingTheField() {
    String email = "rule-" + UUID.randomUUID().toString().substring(0, 8) + "@password.example";
    String local = email.substring(0, email.indexOf('@'));
    for (String weak : new String[] {"short", "Password123", "qwertyuiop", local + "-2025", "x" + email}) {
      Http.Response refused = register(email, weak);
      assertThat(refused.status()).as(weak).isEqualTo(400);
      assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
      assertThat(refused.problemType()).contains(ProblemType.VALIDATION);
      assertThat(refused.json().get("errors").findValuesAsText("field")).as(weak).containsExactly("admin.password");
      assertThat(new Http(port).as(email, weak).get("/api/competencies").status()).isEqualTo(401);
    }
    assertThat(register(email, "tulip-harbour-lantern").status()).isEqualTo(202);
  }

  @Test
  @DisplayName("issue 14: a password over 72 UTF-8 bytes (what BCrypt takes) is 400 naming admin.password, not 500")
  void registrationRefusesAPasswordOver72Bytes() {
    String email = "long-" + UUID.randomUUID().toString().substring(0, 8) + "@password.example";
    // 80 ASCII characters, and 40 characters that are 80 bytes in UTF-8 (within @Size(max = 100) characters).
    for (String tooLong : new String[] {"tulip-harbour-".repeat(6).substring(0, 80), "ü".repeat(40)}) {
      Http.Response refused = register(email, tooLong);
      assertThat(refused.status()).as(tooLong).isEqualTo(400);
      assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("admin.password");
    }
    assertThat(register(email, "tulip-harbour-".repeat(6).substring(0, 72)).status()).isEqualTo(202);
  }

  @Test
  void theInvitationPageRefusesAWeakPasswordAndAcceptsAGoodOne() {
    Partner partner = partners.register("FR");
    String email = "invitee-" + UUID.randomUUID().toString().substring(0, 8) + "@password.example";
    Http admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    String org = "/api/organizations/" + partner.organizationId();
    UUID id = UUID.fromString(admin.post(org + "/invitations", """
        {"emails": "%s", "locationId": "%s"}""".formatted(email, partner.hqLocationId()))
        .json().get("invited").get(0).get("individualId").asText());
    String page = "/i/" + links.token("invitation", id, Instant.now().plusSeconds(600));
    Http invitee = new Http(port);

    Http.Response weak = invitee.postForm(page, Map.of("firstName", "Ivy", "lastName", "Invitee",
        "password", "password123", "_csrf", invitee.get(page).csrfToken()));
    assertThat(weak.status()).isEqualTo(200);
    assertThat(weak.page().select(".invalid-feedback").text()).contains("most common passwords");
    assertThat(new Http(port).as(email, "password123").get(org).status()).isEqualTo(401);

    invitee.postForm(page, Map.of("firstName", "Ivy", "lastName", "Invitee", "password", "tulip-harbour-lantern",
        "_csrf", invitee.get(page).csrfToken()));
    assertThat(new Http(port).as(email, "tulip-harbour-lantern").get(org).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("R-REF-7, R-PPL-4: a signed link answers 410 once its time is over, on every link page")
  void signedLinksExpire() {
    UUID subject = UUID.randomUUID();
    Instant past = Instant.now().minusSeconds(1);
    assertThat(new Http(port).get("/r/" + links.token("reference-answer", subject, past)).status()).isEqualTo(410);
    assertThat(new Http(port).get("/i/" + links.token("invitation", subject, past)).status()).isEqualTo(410);
    assertThat(new Http(port).get("/m/" + links.token("mcp-invitation", subject, past)).status()).isEqualTo(410);
    // R-PPL-7: the sign-up confirmations (issue 14).
    assertThat(new Http(port).get("/confirm/" + links.token("registration", subject, past)).status()).isEqualTo(410);
    assertThat(new Http(port).get("/join/" + links.token("association-request", subject, past)).status())
        .isEqualTo(410);
    // A good signature on a link id no invitation has: a newer mail replaced it (issue 13).
    assertThat(new Http(port).get("/i/" + links.token("invitation", subject, Instant.now().plusSeconds(60)))
        .status()).isEqualTo(410);
  }

  private Http.Response register(String email, String password) {
    return new Http(port).post("/api/organizations", """
        {"name": "Rule Partners", "country": "FR", "admin": {"firstName": "R", "lastName": "Rule",
         "email": "%s", "password": "%s"}}""".formatted(email, password));
  }
}
