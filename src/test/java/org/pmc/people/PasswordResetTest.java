package org.pmc.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.MovableClock;
import org.pmc.SignUp;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A forgotten password ({@code POST /api/password-reset}). The answer is
 * the same for every address; only an associated person gets a mail, whose link sets a new password once within
 * 30 minutes and ends every session of the person.
 */
class PasswordResetTest extends IntegrationTest {

  private static final String RESET = "/reset/";
  private static final String NEW_PASSWORD = "a-brand-new-secret";

  @Autowired
  TestPartners partners;
  @Autowired
  MovableClock clock;

  @Test
  @DisplayName("api.md POST /api/password-reset: 202 CONFIRMATION_SENT for an unknown address too, and no mail goes (no account enumeration)")
  void unknownAddressGetsTheSameAnswerAndNoMail() {
    String stranger = "nobody-" + UUID.randomUUID() + "@nowhere.example";
    Partner partner = partners.register("DE");

    Http.Response unknown = requestReset(stranger);
    Http.Response known = requestReset(partner.adminEmail());
    sendSignUpMails();

    assertThat(unknown.status()).isEqualTo(202);
    assertThat(unknown.body()).isEqualTo(known.body());
    assertThat(mailTo(stranger)).isEmpty();
    assertThat(signUp().links(partner.adminEmail(), RESET)).hasSize(1);
  }

  @Test
  @DisplayName("api.md POST /api/password-reset: a malformed address is 400 naming email")
  void malformedAddress() {
    Http.Response refused = new Http(port).post("/api/password-reset", "{\"email\": \"not-an-address\"}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("email");
  }

  @Test
  @DisplayName("Issue 17: the mail's link sets a new password once: every session ends, the new password signs in, the old does not, a second use is 410")
  void linkWorksOnce() {
    Partner partner = partners.register("DE");
    Http signedIn = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);
    String link = awaitLink(partner.adminEmail());
    Http browser = new Http(port);

    Http.Response set = setPassword(browser, link, NEW_PASSWORD, NEW_PASSWORD);

    assertThat(set.status()).isEqualTo(302);
    assertThat(set.redirectPath()).isEqualTo("/portal/login?reset");
    assertThat(signedIn.get("/portal").redirectPath()).as("the session before the reset").isEqualTo("/portal/login");
    assertThat(new Http(port).signIn(partner.adminEmail(), NEW_PASSWORD).get("/portal").status()).isEqualTo(200);
    assertThat(new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD).get("/api/me").status())
        .isEqualTo(401);
    Http.Response again = browser.get(path(link));
    assertThat(again.status()).isEqualTo(410);
    assertThat(again.body()).contains("already been used");
    assertThat(setPassword(new Http(port), link, "another-new-secret", "another-new-secret").status())
        .isEqualTo(410);
  }

  @Test
  @DisplayName("Issue 17: setting a new password spends the links of the earlier reset mails too")
  void newPasswordSpendsOlderLinks() {
    Partner partner = partners.register("DE");
    String older = awaitLink(partner.adminEmail());
    String newer = awaitLink(partner.adminEmail());

    assertThat(setPassword(new Http(port), newer, NEW_PASSWORD, NEW_PASSWORD).status()).isEqualTo(302);

    assertThat(new Http(port).get(path(older)).status()).isEqualTo(410);
  }

  @Test
  @DisplayName("Issue 17: the new password must pass the password rule and be typed twice alike; a refused one leaves the link usable")
  void newPasswordFollowsTheRule() {
    Partner partner = partners.register("DE");
    String link = awaitLink(partner.adminEmail());
    Http browser = new Http(port);

    Http.Response tooShort = setPassword(browser, link, "short", "short");
    Http.Response mismatch = setPassword(browser, link, NEW_PASSWORD, NEW_PASSWORD + "x");

    assertThat(tooShort.status()).isEqualTo(200);
    assertThat(tooShort.page().select("#password.is-invalid")).hasSize(1);
    assertThat(mismatch.page().select("#confirm.is-invalid")).hasSize(1);
    assertThat(setPassword(browser, link, NEW_PASSWORD, NEW_PASSWORD).status()).isEqualTo(302);
  }

  @Test
  @DisplayName("Issue 17: the link expires after 30 minutes with a clear 410 page, not a 500")
  void linkExpiresAfterThirtyMinutes() {
    Partner partner = partners.register("DE");
    String link = awaitLink(partner.adminEmail());

    clock.advance(Duration.ofMinutes(31));
    try {
      Http.Response expired = new Http(port).get(path(link));

      assertThat(expired.status()).isEqualTo(410);
      assertThat(expired.body()).contains("expired");
    } finally {
      clock.advance(Duration.ofMinutes(-31));
    }
    assertThat(new Http(port).get(path(link)).status()).as("within the 30 minutes").isEqualTo(200);
  }

  @Test
  @DisplayName("Issue 17: a forged or foreign link is 400, not 500")
  void forgedLink() {
    assertThat(new Http(port).get("/reset/not-a-token").status()).isEqualTo(400);
  }

  @Test
  @DisplayName("Issue 17: Forgot password? on the login page asks for the address and says the same for every address")
  void forgotPasswordPage() {
    Partner partner = partners.register("DE");
    Http browser = new Http(port);
    Http.Response login = browser.get("/portal/login");
    assertThat(login.page().select("a#forgot-password").attr("href")).isEqualTo("/portal/forgot-password");
    Http.Response form = browser.get("/portal/forgot-password");

    Http.Response known = browser.postForm("/portal/forgot-password",
        Map.of("email", partner.adminEmail(), "_csrf", form.csrfToken()));
    Http.Response unknown = browser.postForm("/portal/forgot-password",
        Map.of("email", "nobody-" + UUID.randomUUID() + "@nowhere.example", "_csrf", form.csrfToken()));
    sendSignUpMails();

    assertThat(known.status()).isEqualTo(200);
    assertThat(known.page().select("#outcome").text()).isEqualTo(unknown.page().select("#outcome").text());
    assertThat(signUp().links(partner.adminEmail(), RESET)).hasSize(1);
  }

  private Http.Response requestReset(String email) {
    return new Http(port).post("/api/password-reset", "{\"email\": \"" + email + "\"}");
  }

  private String awaitLink(String email) {
    SignUp signUp = signUp();
    return signUp.requestAndAwaitLink(email, RESET, () -> assertThat(requestReset(email).status()).isEqualTo(202));
  }

  /** Opens the link's page and sends its form, as a browser does (the page's CSRF token sent back). */
  private static Http.Response setPassword(Http browser, String link, String password, String confirm) {
    Http.Response page = browser.get(path(link));
    if (page.status() != 200) {
      return page;
    }
    return browser.postForm(path(link), Map.of("password", password, "confirm", confirm,
        "_csrf", page.csrfToken()));
  }

  private static String path(String link) {
    return link.substring(link.indexOf('/', link.indexOf("//") + 2));
  }
}
