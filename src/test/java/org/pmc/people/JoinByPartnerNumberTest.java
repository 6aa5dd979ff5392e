package org.pmc.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.Job;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.Mails;
import org.pmc.SignUp;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 17 (3): a person asks to join by partner number on the public page {@code /join}; the link in the mail
 * makes them REQUESTING, and the admins who may approve at that location get one mail each (R-PPL-3, R-PPL-7,
 * R-PPL-8, R-ROLE-4).
 */
class JoinByPartnerNumberTest extends IntegrationTest {

  private static final String NOTICE = "An association request waits for your approval";

  @Autowired
  TestPartners partners;
  @Autowired
  JdbcClient jdbc;

  Partner partner;
  Http admin;

  @BeforeEach
  void partner() {
    partner = partners.register("NL");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
  }

  @Test
  @DisplayName("R-PPL-3, R-PPL-8, R-ROLE-4: joined on /join by partner number, confirmed by the link; the admins of that location are told once; approved, the person completes the profile and signs in")
  void joinByPartnerNumberUpToSignIn() {
    String branch = location("Branch", partner.hqLocationId());
    String sibling = location("Sibling", partner.hqLocationId());
    String hqAdmin = locationAdmin(partner.hqLocationId());
    String branchAdmin = locationAdmin(branch);
    String siblingAdmin = locationAdmin(sibling);
    String email = unique("jo");

    Http visitor = new Http(port);
    Document lookedUp = lookUp(visitor, partner.partnerNumber()).page();
    assertThat(lookedUp.select("#organization-name").text()).isEqualTo(partner.name());
    assertThat(lookedUp.select("#locationId option[value]").eachAttr("value")).contains(branch, sibling)
        .hasSize(4); // the empty choice, HQ, Branch, Sibling
    String link = signUp().requestAndAwaitLink(email, SignUp.ASSOCIATION, () -> assertThat(
        ask(visitor, lookedUp, form(branch, "Jo", "Joiner", email)).page().select("h1").text())
        .isEqualTo("Check your mail"));
    assertThat(signUp().confirm(link).status()).isEqualTo(200);
    UUID person = SignUp.personId(admin, partner.organizationId(), email);
    assertThat(admin.get(org("/people?email=" + email)).json().findValuesAsText("status"))
        .containsExactly("REQUESTING");

    runDueJobsOf(byBusinessKey(person));

    List<MimeMessage> notices = List.of(mailServer.getReceivedMessages()).stream()
        .filter(mail -> Mails.subject(mail).equals(NOTICE)).toList();
    assertThat(notices).extracting(Mails::recipient)
        .as("the global admin and the location admins of Branch and of HQ above it, once each; not Sibling's")
        .containsExactlyInAnyOrder(partner.adminEmail(), hqAdmin, branchAdmin).doesNotContain(siblingAdmin);
    String text = Mails.text(notices.get(0));
    assertThat(text).contains("> Jo Joiner <" + email + ">", "> Location: Branch", "/portal/people/requests",
        "partner number " + partner.partnerNumber()).doesNotContain("further requests today");
    assertThat(admin.post(org("/people/" + person + "/approve"), "").json().get("status").asText())
        .isEqualTo("AWAITING_PROFILE");
    runDueJobsOf(byBusinessKey(person));
    assertThat(mailTo(email)).extracting(Mails::subject).as("no second notice").doesNotContain(NOTICE);
    String invitation = Mails.invitationPath(mailTo(email).get(mailTo(email).size() - 1));
    Http jo = new Http(port);
    Http.Response profile = jo.get(invitation);
    assertThat(jo.postForm(invitation, Map.of("firstName", "Jo", "lastName", "Joiner",
        "password", "jos-long-password", "_csrf", profile.csrfToken())).body()).contains("You are a member of");
    assertThat(new Http(port).as(email, "jos-long-password").get(org("")).status()).isEqualTo(200);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(person.toString()).count()).isZero();
  }

  @Test
  @DisplayName("R-PPL-7: on /join, an address of another organization is answered exactly like a new one")
  void anAddressTakenElsewhereIsAnsweredLikeANewOne() {
    Partner other = partners.register("BE");
    String newcomer = unique("new");

    Http.Response forNew = askOnPage(partner.hqLocationId().toString(), newcomer);
    Http.Response forTaken = askOnPage(partner.hqLocationId().toString(), other.adminEmail());

    assertThat(forTaken.status()).isEqualTo(forNew.status()).isEqualTo(200);
    // Each answer carries its own session's CSRF token (the footer's language form): the rest is the same.
    assertThat(withoutCsrf(forTaken.body()).replace(other.adminEmail(), "ADDRESS"))
        .isEqualTo(withoutCsrf(forNew.body()).replace(newcomer, "ADDRESS"));
  }

  @Test
  @DisplayName("R-PPL-8: the page names each refused field: a malformed or unknown number, a location of another organization, a missing name, a bad address; without CSRF nothing is taken")
  void refusalsAreNamedByField() {
    Partner other = partners.register("BE");
    Http visitor = new Http(port);
    assertThat(invalid(lookUp(visitor, "12-34"))).containsExactly("partnerNumber");
    assertThat(invalid(lookUp(visitor, freeNumber()))).containsExactly("partnerNumber");

    Http.Response foreign = askOnPage(other.hqLocationId().toString(), unique("foreign"));
    assertThat(invalid(foreign)).containsExactly("locationId");
    assertThat(foreign.page().select("#organization-name").text()).isEqualTo(partner.name());
    Http.Response tampered = askOnPage("not-an-id", unique("tampered"));
    assertThat(invalid(tampered)).containsExactly("locationId");
    assertThat(tampered.page().select("#locationId + .invalid-feedback").text()).isEqualTo("is not one of the choices");
    Document step2 = lookUp(visitor, partner.partnerNumber()).page();
    Http.Response incomplete = ask(visitor, step2, form(partner.hqLocationId().toString(), " ", "Lee", "no-at"));
    assertThat(invalid(incomplete)).containsExactlyInAnyOrder("firstName", "email");
    assertThat(incomplete.page().select("#lastName").val()).as("what was typed stays").isEqualTo("Lee");
    Map<String, String> noCsrf = form(partner.hqLocationId().toString(), "A", "B", unique("nocsrf"));
    noCsrf.put("partnerNumber", partner.partnerNumber());
    assertThat(new Http(port).postForm("/join", noCsrf).status()).isEqualTo(403);
    sendSignUpMails();
    assertThat(mailTo("@join.example")).as("nothing refused sends a mail").isEmpty();
  }

  @Test
  @DisplayName("R-PPL-8: GET /api/partners/{partnerNumber} is 404 for an organization merged into another")
  void aMergedOrganizationIsNotFound() {
    Partner merged = partners.register("BE");
    assertThat(new Http(port).get("/api/partners/" + merged.partnerNumber()).status()).isEqualTo(200);
    jdbc.sql("update organization set merged_into = ? where id = ?")
        .params(partner.organizationId(), merged.organizationId()).update();

    assertThat(new Http(port).get("/api/partners/" + merged.partnerNumber()).status()).isEqualTo(404);
    assertThat(invalid(lookUp(new Http(port), merged.partnerNumber()))).containsExactly("partnerNumber");
  }

  @Test
  @DisplayName("Issue 17: the admins are mailed of an organization's first 10 requests a UTC day; the 10th says so, the 11th mails nobody")
  void requestMailsAreBoundedPerOrganizationAndDay() {
    UUID tenth = requesting(unique("tenth"));
    UUID at = jdbc.sql("select location_id from individual where id = ?").param(tenth).query(UUID.class).single();
    for (int i = 0; i < 9; i++) { // the earlier requests of the day, as admins see them on the page
      jdbc.sql("""
          insert into individual (id, organization_id, location_id, first_name, last_name, email, status,
            invite_method, role, created_at)
          select ?, organization_id, location_id, 'Earlier', 'Request', ?, 'REQUESTING', 'REQUEST', 'MEMBER', created_at
          from individual where id = ?""").params(UUID.randomUUID(), unique("earlier"), tenth).update();
    }
    UUID eleventh = requesting(unique("eleventh"));

    runDueJobsOf(byBusinessKey(tenth), byBusinessKey(eleventh));

    List<MimeMessage> notices = mailTo(partner.adminEmail());
    assertThat(notices).extracting(Mails::subject).containsExactly(NOTICE);
    assertThat(Mails.text(notices.get(0))).contains("further requests today are not mailed");
  }

  @Test
  @DisplayName("Issue 17: SMTP down when the admins' mail is due: retried, then an incident that is no failed invitation; the request can be approved meanwhile; retried, the mail arrives")
  void theAdminsMailSurvivesAnSmtpOutage() {
    UUID person = requesting(unique("outage"));
    String instance = byBusinessKey(person).singleResult().getId();
    Job tell = management.createJobQuery().processInstanceId(instance).activityId("tellAdmins").singleResult();

    mailServer.stop();
    try {
      for (int attempt = 0; attempt < 6; attempt++) { // R6/PT5M: six tries in all
        assertThatThrownBy(() -> management.executeJob(tell.getId())).isNotNull();
      }
      assertThat(runtime.createIncidentQuery().processInstanceId(instance).singleResult().getActivityId())
          .isEqualTo("tellAdmins");
    } finally {
      mailServer.start();
    }
    assertThat(admin.get(org("/invitations/progress")).json().get("failed").asInt()).isZero();
    assertThat(admin.get(org("/tasks")).json().findValuesAsText("email")).hasSize(1);

    management.setJobRetries(tell.getId(), 1); // what an operator does in Cockpit once SMTP is back
    management.executeJob(tell.getId());

    assertThat(mailTo(partner.adminEmail())).extracting(Mails::subject).containsExactly(NOTICE);
  }

  /** Asks to join over the API and clicks the mail's link; the REQUESTING person's id. */
  private UUID requesting(String email) {
    signUp().requestAssociation(partner.partnerNumber(), partner.hqLocationId(), "Rae", "Request", email);
    return SignUp.personId(admin, partner.organizationId(), email);
  }

  /** Step 1 of /join: the partner number. */
  private static Http.Response lookUp(Http visitor, String partnerNumber) {
    Http.Response start = visitor.get("/join");
    assertThat(start.status()).isEqualTo(200);
    return visitor.postForm("/join/partner", Map.of("partnerNumber", partnerNumber, "_csrf", start.csrfToken()));
  }

  /** Step 2 of /join, sent from the page step 1 answered. */
  private static Http.Response ask(Http visitor, Document step2, Map<String, String> fields) {
    fields.put("partnerNumber", step2.select("input[name=partnerNumber]").val());
    fields.put("_csrf", step2.select("input[name=_csrf]").val());
    return visitor.postForm("/join", fields);
  }

  private Http.Response askOnPage(String locationId, String email) {
    Http visitor = new Http(port);
    return ask(visitor, lookUp(visitor, partner.partnerNumber()).page(), form(locationId, "Al", "Asker", email));
  }

  private static Map<String, String> form(String locationId, String firstName, String lastName, String email) {
    return new HashMap<>(Map.of("locationId", locationId, "firstName", firstName, "lastName", lastName,
        "email", email));
  }

  /** The fields the page marks invalid. */
  private static List<String> invalid(Http.Response page) {
    assertThat(page.status()).isEqualTo(200);
    return page.page().select(".is-invalid").eachAttr("name");
  }

  private String location(String name, Object parentId) {
    return admin.post(org("/locations"), """
        {"name": "%s", "country": "NL", "parentId": "%s",
         "address": {"line1": "1 Main Street", "city": "Berlin", "postalCode": "10115", "country": "DE"}}"""
        .formatted(name, parentId)).json().get("id").asText();
  }

  /** The address of a new location admin of this location only. */
  private String locationAdmin(Object locationId) {
    partners.locationAdminOf(partner, locationId, port);
    return jdbc.sql("select i.email from individual i join admin_location a on a.individual_id = i.id"
        + " where a.location_id = ?::uuid").param(locationId.toString()).query(String.class).single();
  }

  private String freeNumber() {
    return jdbc.sql("""
        select n::text from generate_series(1000000, 1000100) n
        where n::text not in (select partner_number from organization) limit 1""").query(String.class).single();
  }

  private String org(String path) {
    return "/api/organizations/" + partner.organizationId() + path;
  }


  private static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@join.example";
  }

  private static String withoutCsrf(String page) {
    return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
  }
}
