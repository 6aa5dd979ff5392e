package org.pmc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.MovableClock;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.security.internal.SignInFailures;
import org.pmc.web.ProblemType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13: failed sign-ins are throttled per client address and per account on every surface, answered 429
 * with Retry-After and no password check, and nothing locks an account for good. Small limits (see
 * {@link ThrottledApplication}); each test signs in from addresses of its own, and the clock moves on instead
 * of the test waiting out a window.
 */
class SignInThrottleTest extends ThrottledApplication {

  private static final Duration WINDOW = Duration.ofMinutes(15);
  private static final String STAFF_PASSWORD = "the-right-password";

  @Autowired
  IdentityService identity;
  @Autowired
  TestPartners partners;
  @Autowired
  MovableClock clock;
  @Autowired
  SignInFailures failures;
  @Autowired
  JdbcClient jdbc;

  @Test
  @DisplayName("Issue 13: 30 wrong staff passwords from one address: 429 with Retry-After past the limit; "
      + "Camunda never locks the user, who signs in again from elsewhere at once and from there after the window")
  void staffApiFromOneAddress() {
    String staff = staffUser();
    String stranger = address();
    for (int attempt = 1; attempt <= 30; attempt++) {
      Http.Response answer = staffApi(stranger, staff, "guess-" + attempt);
      if (attempt <= PER_ADDRESS) {
        assertThat(answer.status()).as("attempt %d", attempt).isEqualTo(401);
      } else {
        assertTooManyFailures(answer);
      }
    }
    // Over the limit even the right password is not checked.
    assertTooManyFailures(staffApi(stranger, staff, STAFF_PASSWORD));

    // Two more strangers: Camunda has now seen more wrong passwords than its own lock allowed (10).
    for (String other : new String[] {address(), address()}) {
      for (int attempt = 1; attempt <= PER_ADDRESS; attempt++) {
        assertThat(staffApi(other, staff, "guess-" + attempt).status()).isEqualTo(401);
      }
    }
    assertThat(staffApi(address(), staff, STAFF_PASSWORD).status()).as("not locked, no delay").isEqualTo(404);
    assertThat(identity.checkPassword(staff, STAFF_PASSWORD)).isTrue();

    clock.advance(WINDOW);
    assertThat(staffApi(stranger, staff, STAFF_PASSWORD).status()).isEqualTo(404);
  }

  @Test
  @DisplayName("Issue 13: failures for one account from many addresses reach the account's limit: refused from "
      + "a fresh address too, while another account signs in there; the window ends it")
  void perAccountAcrossAddresses() {
    Partner victim = partners.register("DE");
    for (int address = 0; address < PER_ACCOUNT / PER_ADDRESS; address++) {
      String from = address();
      for (int attempt = 1; attempt <= PER_ADDRESS; attempt++) {
        assertThat(partnerApi(from, victim.adminEmail(), "guess-" + attempt).status()).isEqualTo(401);
      }
    }
    String fresh = address();
    assertTooManyFailures(partnerApi(fresh, victim.adminEmail(), TestPartners.PASSWORD));
    // The account's name in another case is the same account.
    assertTooManyFailures(partnerApi(fresh, victim.adminEmail().toUpperCase(), TestPartners.PASSWORD));
    assertThat(partnerApi(fresh, partners.register("DE").adminEmail(), TestPartners.PASSWORD).status())
        .isEqualTo(200);

    clock.advance(WINDOW);
    assertThat(partnerApi(fresh, victim.adminEmail(), TestPartners.PASSWORD).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("Issue 13: partner API over HTTP Basic: 429 past the address's limit, for any account")
  void partnerApi() {
    String from = address();
    Partner partner = partners.register("FR");
    assertThrottledAfterLimit(attempt -> partnerApi(from, "nobody-" + attempt + "@partner.example", "wrong"), 401);
    assertTooManyFailures(partnerApi(from, partner.adminEmail(), TestPartners.PASSWORD));
  }

  @Test
  @DisplayName("Issue 13: portal form login: 429 problem+json past the limit instead of the login page's error")
  void portalForm() {
    Partner partner = partners.register("NL");
    Http browser = new Http(port).from(address());
    Function<String, Http.Response> signIn = password -> browser.postForm("/portal/login", Map.of(
        "username", partner.adminEmail(), "password", password, "_csrf", browser.get("/portal/login").csrfToken()));
    for (int attempt = 1; attempt <= PER_ADDRESS; attempt++) {
      Http.Response failed = signIn.apply("guess-" + attempt);
      assertThat(failed.status()).isEqualTo(302);
      assertThat(failed.redirectPath()).isEqualTo("/portal/login?error");
    }
    assertTooManyFailures(signIn.apply("guess"));
    assertTooManyFailures(signIn.apply(TestPartners.PASSWORD));

    clock.advance(WINDOW);
    assertThat(signIn.apply(TestPartners.PASSWORD).redirectPath()).isEqualTo("/portal");
  }

  @Test
  @DisplayName("Issue 13: staff console form login: 429 past the limit; after the window the right password signs in")
  void staffConsoleForm() {
    String staff = staffUser();
    Http browser = new Http(port).from(address());
    Function<String, Http.Response> signIn = password -> browser.postForm("/staff/login", Map.of(
        "username", staff, "password", password, "_csrf", browser.get("/staff/login").csrfToken()));
    for (int attempt = 1; attempt <= PER_ADDRESS; attempt++) {
      assertThat(signIn.apply("guess-" + attempt).redirectPath()).isEqualTo("/staff/login?error");
    }
    assertTooManyFailures(signIn.apply(STAFF_PASSWORD));

    clock.advance(WINDOW);
    assertThat(signIn.apply(STAFF_PASSWORD).redirectPath()).isEqualTo("/staff");
  }

  @Test
  @DisplayName("Issue 13: Camunda engine REST over HTTP Basic: 429 past the limit")
  void engineRest() {
    String staff = staffUser();
    String from = address();
    assertThrottledAfterLimit(attempt -> new Http(port).from(from).as(staff, "guess-" + attempt)
        .get("/engine-rest/task"), 401);
    assertThat(new Http(port).from(address()).as(staff, STAFF_PASSWORD).get("/engine-rest/task").status())
        .isEqualTo(200);
  }

  @Test
  @DisplayName("Issue 13: Camunda webapp login: 429 past the limit; after the window the right password signs in")
  void camundaWebapp() {
    String staff = staffUser();
    String from = address();
    assertThrottledAfterLimit(attempt -> new Http(port).from(from)
        .signInToCamunda("tasklist", staff, "guess-" + attempt), 401);
    assertTooManyFailures(new Http(port).from(from).signInToCamunda("tasklist", staff, STAFF_PASSWORD));

    clock.advance(WINDOW);
    assertThat(new Http(port).from(from).signInToCamunda("tasklist", staff, STAFF_PASSWORD).status())
        .isEqualTo(200);
  }

  @Test
  @DisplayName("Issue 13: successes never count against an address, and a success does not reset the failures")
  void onlyFailuresCount() {
    String office = address();
    Partner partner = partners.register("IT");
    for (int i = 0; i < 3 * PER_ADDRESS; i++) {
      assertThat(partnerApi(office, partner.adminEmail(), TestPartners.PASSWORD).status()).isEqualTo(200);
    }
    for (int attempt = 1; attempt < PER_ADDRESS; attempt++) {
      assertThat(partnerApi(office, partner.adminEmail(), "guess-" + attempt).status()).isEqualTo(401);
    }
    assertThat(partnerApi(office, partner.adminEmail(), TestPartners.PASSWORD).status()).isEqualTo(200);
    assertThat(partnerApi(office, partner.adminEmail(), "guess").status()).isEqualTo(401);
    assertTooManyFailures(partnerApi(office, partner.adminEmail(), TestPartners.PASSWORD));
  }

  @Test
  @DisplayName("Issue 13: counts whose window has passed are pruned, so the table stays small")
  void oldCountsArePruned() {
    String from = address();
    partnerApi(from, "pruned@partner.example", "wrong");
    assertThat(count(from)).isEqualTo(1);
    failures.prune();
    assertThat(count(from)).isEqualTo(1);

    clock.advance(WINDOW);
    failures.prune();
    assertThat(count(from)).isZero();
  }

  @Test
  @DisplayName("Issue 17, api.md POST /api/me/password: a wrong current password counts like a failed sign-in, "
      + "over the API and on My profile: 429 past the limit, even with the right one")
  void wrongCurrentPasswordIsAFailedSignIn() {
    Partner partner = partners.register("DE");
    String from = address();
    assertThrottledAfterLimit(attempt -> new Http(port).from(from).as(partner.adminEmail(), TestPartners.PASSWORD)
        .post("/api/me/password", "{\"currentPassword\": \"guess-" + attempt
            + "\", \"newPassword\": \"a-brand-new-secret\"}"), 400);
    clock.advance(WINDOW);
    try {
      String page = address();
      Http browser = new Http(port).from(page).signIn(partner.adminEmail(), TestPartners.PASSWORD);
      assertThrottledAfterLimit(attempt -> browser.submit("/portal/profile/password",
          Map.of("currentPassword", "guess-" + attempt, "newPassword", "a-brand-new-secret")), 200);
    } finally {
      clock.advance(WINDOW.negated());
    }
  }

  /** The first {@link #PER_ADDRESS} attempts fail as the surface says; every one after answers 429. */
  private static void assertThrottledAfterLimit(Function<Integer, Http.Response> attempt, int failure) {
    for (int n = 1; n <= PER_ADDRESS; n++) {
      assertThat(attempt.apply(n).status()).as("attempt %d", n).isEqualTo(failure);
    }
    assertTooManyFailures(attempt.apply(PER_ADDRESS + 1));
  }

  private static void assertTooManyFailures(Http.Response answer) {
    assertThat(answer.status()).isEqualTo(429);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(answer.problemType()).contains(ProblemType.RATE_LIMITED);
    assertThat(answer.json().get("status").asInt()).isEqualTo(429);
    assertThat(Long.parseLong(answer.header("Retry-After"))).isBetween(1L, WINDOW.toSeconds() + 1);
  }

  private Http.Response staffApi(String from, String user, String password) {
    return new Http(port).from(from).as(user, password).get("/api/admin/mcps/none");
  }

  /** A public list, which still checks the credentials sent with it: 200 signed in, 401 refused. */
  private Http.Response partnerApi(String from, String email, String password) {
    return new Http(port).from(from).as(email, password).get("/api/competencies");
  }

  private long count(String address) {
    return jdbc.sql("select count(*) from sign_in_failure where throttle_key = ?").param("address:" + address)
        .query(Long.class).single();
  }

  private String staffUser() {
    if (identity.createGroupQuery().groupId("rsc").count() == 0) {
      identity.saveGroup(identity.newGroup("rsc"));
    }
    String id = "throttled-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identity.newUser(id);
    user.setPassword(STAFF_PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, "rsc");
    return id;
  }
}
