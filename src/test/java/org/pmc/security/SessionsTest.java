package org.pmc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.Mails;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.people.internal.Invitations;
import org.pmc.security.internal.PortalSessions;
import org.pmc.security.internal.SessionIdentity;
import org.pmc.security.internal.SessionLimits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Issue 13 (architecture.md "Sessions and identity"): portal sessions live in PostgreSQL and hold only who
 * signed in; what they may do is read on every request, so removal, demotion, a new password hash and the
 * absolute lifetime take effect at the next click. Strangers get no session at all.
 */
class SessionsTest extends IntegrationTest {

  private static final String OTHER_PASSWORD = "a-long-password";

  @Autowired
  TestPartners partners;
  @Autowired
  Invitations invitations;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  PasswordEncoder passwordEncoder;
  @Autowired
  FindByIndexNameSessionRepository<? extends Session> sessions;
  @Autowired
  SessionLimits limits;
  @Autowired
  TaskService tasks;

  @Test
  @DisplayName("Issue 13: the session lives in the database; its cookie signs the person in, with a row indexed by who they are")
  void sessionInTheDatabase() {
    Partner partner = partners.register("DE");
    Http portal = signedIn(partner);

    assertThat(portal.cookie(Http.SESSION_COOKIE)).isNotNull();
    assertThat(sessionRows(partner.adminId())).isEqualTo(1);
    Http.Response home = portal.get("/portal");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.body()).contains(partner.name());
  }

  @Test
  @DisplayName("Issue 13: strangers' GETs of the login, registration and link pages create no session and set no session cookie")
  void noSessionForStrangers() {
    Partner partner = partners.register("DE");
    Instant before = Instant.now();
    List<String> pages = new ArrayList<>();
    for (int n = 0; n < 200; n++) {
      pages.add("/portal/login");
    }
    pages.addAll(List.of("/portal/register", "/portal/register", "/portal/register", "/portal/login?error",
        answerLink(partner), "/r/not-a-token", "/i/not-a-token", "/m/not-a-token", "/confirm/not-a-token",
        "/join/not-a-token"));

    for (String page : pages) {
      Http.Response response = new Http(port).get(page);
      assertThat(response.status()).as(page).isLessThan(500);
      assertThat(response.cookiesSet()).as(page).doesNotContain(Http.SESSION_COOKIE, "JSESSIONID");
    }
    assertThat(jdbc.sql("select count(*) from spring_session where creation_time >= ?")
        .param(before.toEpochMilli()).query(Long.class).single()).isZero();
  }

  @Test
  @DisplayName("Issue 13, R-PPL-4: a global admin removed by another is signed out: the session row goes, the next click lands on the login page")
  void removedPersonIsSignedOut() {
    Partner partner = partners.register("DE");
    Http removed = signedIn(partner);
    assertThat(removed.get("/portal/people").status()).isEqualTo(200);
    Http other = new Http(port).as(secondGlobalAdmin(partner), OTHER_PASSWORD);

    assertThat(other.delete(org(partner, "/people/" + partner.adminId())).status()).isEqualTo(204);

    assertThat(sessionRows(partner.adminId())).isZero();
    assertSignedOut(removed);
    assertThat(api(partner).get(org(partner, "")).status()).isEqualTo(401);
  }

  @Test
  @DisplayName("Issue 13, R-ROLE-4: a global admin demoted by another loses their sessions, and the API refuses admin calls at once")
  void demotedByAnotherAdmin() {
    Partner partner = partners.register("DE");
    Http demotedPortal = signedIn(partner);
    Http demotedApi = api(partner);
    String invitationsPath = org(partner, "/invitations");
    assertThat(demotedApi.post(invitationsPath, invitation("before@demoted.example", partner)).status())
        .isEqualTo(200);
    Http other = new Http(port).signIn(secondGlobalAdmin(partner), OTHER_PASSWORD);

    Http.Response demoted = other.submit("/portal/people/" + partner.adminId() + "/role", Map.of("role", "MEMBER"));

    assertThat(demoted.status()).isEqualTo(302);
    assertThat(sessionRows(partner.adminId())).isZero();
    assertSignedOut(demotedPortal);
    // Within the minute HTTP Basic sign-ins are remembered: the role is read again all the same.
    assertThat(demotedApi.post(invitationsPath, invitation("after@demoted.example", partner)).status())
        .isEqualTo(403);
  }

  @Test
  @DisplayName("Issue 13, R-ROLE-4: an admin who demotes themselves gets 403 on admin pages at their next click, in the same session")
  void demotionTakesEffectAtTheNextClick() {
    Partner partner = partners.register("DE");
    secondGlobalAdmin(partner);
    Http portal = signedIn(partner);
    assertThat(portal.get("/portal/people/invite").status()).isEqualTo(200);

    Http.Response demoted = portal.submit("/portal/people/" + partner.adminId() + "/role", Map.of("role", "MEMBER"));

    assertThat(demoted.status()).isEqualTo(302);
    assertThat(portal.get("/portal/people/invite").status()).isEqualTo(403);
    assertThat(portal.get("/portal/people/" + partner.adminId() + "/role").status()).isEqualTo(403);
    assertThat(portal.get("/portal").status()).isEqualTo(200);
  }

  @Test
  @DisplayName("Issue 13: a changed password hash ends every session signed in with the old one, and the API refuses the old password at once")
  void changedPasswordEndsTheOtherSessions() {
    Partner partner = partners.register("DE");
    Http laptop = signedIn(partner);
    Http phone = signedIn(partner);
    Http api = api(partner);
    assertThat(api.get(org(partner, "")).status()).isEqualTo(200);
    assertThat(sessionRows(partner.adminId())).isEqualTo(2);

    jdbc.sql("update individual set password_hash = ? where id = ?")
        .params(passwordEncoder.encode("a-new-long-password"), partner.adminId()).update();

    assertSignedOut(laptop);
    assertSignedOut(phone);
    assertThat(sessionRows(partner.adminId())).isZero();
    assertThat(api.get(org(partner, "")).status()).isEqualTo(401);
    assertThat(new Http(port).as(partner.adminEmail(), "a-new-long-password").get(org(partner, "")).status())
        .isEqualTo(200);
    assertThat(new Http(port).signIn(partner.adminEmail(), "a-new-long-password").get("/portal").status())
        .isEqualTo(200);
  }

  @Test
  @DisplayName("Issue 13: a sign-in older than the absolute lifetime (pmc.sessions.absolute-lifetime) is signed out, however busy")
  void absoluteLifetime() {
    Partner partner = partners.register("DE");
    Http portal = signedIn(partner);
    signedInEarlier(sessions, partner.adminId(), limits.absoluteLifetime().minusMinutes(1));
    assertThat(portal.get("/portal").status()).as("a minute before the end").isEqualTo(200);

    signedInEarlier(sessions, partner.adminId(), Duration.ofMinutes(2));

    assertSignedOut(portal);
    assertThat(sessionRows(partner.adminId())).isZero();
  }

  @Test
  @DisplayName("Issue 13, R-LOC-7: an approved merge ends the sessions of the merged organization's people")
  void mergeEndsTheMergedPeoplesSessions() {
    Partner partner = partners.register("DE");
    Partner merged = partners.register("SE");
    Http mergedAdmin = signedIn(merged);
    String review = api(partner).post(org(partner, "/merge"), """
        {"otherOrganizationId": "%s", "reason": "We bought them"}""".formatted(merged.organizationId()))
        .json().get("id").asText();
    runDueJobsOf(byBusinessKey(review)); // the other organization is asked
    assertThat(api(merged).post(org(merged, "/reviews/" + review + "/consent"), "{\"accept\": true}").status())
        .isEqualTo(200); // R-LOC-8: the other organization consents first
    String instance = runtime.createProcessInstanceQuery().processDefinitionKey("organization-merge")
        .processInstanceBusinessKey(review).singleResult().getId();

    tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
        Map.of("approved", true, "comment", "Merged"));

    assertThat(sessionRows(merged.adminId())).isZero();
    assertSignedOut(mergedAdmin);
  }

  private Http api(Partner partner) {
    return new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
  }

  private Http signedIn(Partner partner) {
    return new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);
  }

  private void assertSignedOut(Http browser) {
    Http.Response next = browser.get("/portal");
    assertThat(next.status()).isEqualTo(302);
    assertThat(next.redirectPath()).isEqualTo("/portal/login");
  }

  private long sessionRows(UUID individualId) {
    return jdbc.sql("select count(*) from spring_session where principal_name = ?").param(individualId.toString())
        .query(Long.class).single();
  }

  /** Moves the sign-in time of the person's sessions back, as if they had signed in that much earlier. */
  private static <S extends Session> void signedInEarlier(FindByIndexNameSessionRepository<S> repository,
      UUID individualId, Duration earlier) {
    for (S session : repository.findByPrincipalName(individualId.toString()).values()) {
      SessionIdentity identity = session.getAttribute(PortalSessions.IDENTITY);
      session.setAttribute(PortalSessions.IDENTITY, new SessionIdentity(identity.individualId(), identity.email(),
          identity.passwordFingerprint(), identity.signedInAt().minus(earlier)));
      repository.save(session);
    }
  }

  /** Another associated person of the organization, appointed global admin; their address. */
  private String secondGlobalAdmin(Partner partner) {
    String email = "second-" + UUID.randomUUID().toString().substring(0, 8) + "@sessions.example";
    Http admin = api(partner);
    String id = admin.post(org(partner, "/invitations"), invitation(email, partner)).json().get("invited").get(0)
        .get("individualId").asText();
    invitations.completeProfile(UUID.fromString(id), "Second", "Admin", OTHER_PASSWORD);
    assertThat(admin.put(org(partner, "/admins/" + id), "{\"role\": \"GLOBAL_ADMIN\"}").status()).isEqualTo(200);
    return email;
  }

  /** The customer's answer page of a new reference, from the mail it sent. */
  private String answerLink(Partner partner) {
    String contact = "customer-" + UUID.randomUUID().toString().substring(0, 8) + "@sessions.example";
    String referenceId = api(partner).post(org(partner, "/references"), """
        {"customerCompany": "Stranger Co", "contactName": "Sam Stranger", "contactEmail": "%s",
         "description": "A project", "locationId": "%s", "competency": "MESSAGING"}"""
        .formatted(contact, partner.hqLocationId())).json().get("id").asText();
    runDueJobsOf(byBusinessKey(referenceId));
    String link = Mails.answerLink(mailTo(contact).get(0));
    return link.substring(link.indexOf("/r/"));
  }

  private static String invitation(String email, Partner partner) {
    return "{\"emails\": \"" + email + "\", \"locationId\": \"" + partner.hqLocationId() + "\"}";
  }

  private static String org(Partner partner, String path) {
    return "/api/organizations/" + partner.organizationId() + path;
  }
}
