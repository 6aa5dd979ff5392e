package org.pmc.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.MovableClock;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.web.ProblemType;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14 (3), rule MAIL-QUOTA: an organization's daily outgoing-mail quota, over HTTP as a partner and program
 * staff see it. A request over the quota is refused whole (429 naming the quota and its reset), so nothing of it
 * is stored or mailed.
 */
class MailQuotaTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  MovableClock clock;

  Partner partner;
  Http admin;

  @BeforeEach
  void newOrganization() {
    partner = partners.register("NL");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
  }

  @Test
  @DisplayName("Issue 14, MAIL-QUOTA: a new organization's list of 201 invitations is refused with 429 naming the "
      + "quota and its reset; none of the 201 is stored or mailed")
  void aListPastTheQuotaIsRefusedWhole() {
    List<String> emails = addresses("over", 201);

    Http.Response refused = inviteList(emails);

    assertRefused(refused, 0, 201);
    assertThat(people("AWAITING_PROFILE")).isEmpty();
    runOwnJobs();
    assertThat(emails).allSatisfy(email -> assertThat(mailTo(email)).isEmpty());
    JsonNode quota = admin.get(org("/mail-quota")).json();
    assertThat(quota.get("used").asInt()).isZero();
    assertThat(quota.get("dailyLimit").asInt()).isEqualTo(200);
    assertThat(quota.get("basis").asText()).isEqualTo("NEW_ORGANIZATION");
  }

  @Test
  @DisplayName("Issue 14, MAIL-QUOTA: 200 invitations leave; the 201st of the day (a single invitation) is refused, "
      + "not stored and not mailed")
  void theTwoHundredAndFirstInvitationOfTheDayIsRefused() {
    List<String> emails = addresses("day", 200);
    assertThat(inviteList(emails).json().get("invited")).hasSize(200);

    Http.Response refused = inviteOne("one-too-many@quota.example");

    assertRefused(refused, 200, 1);
    runOwnJobs();
    assertThat(admin.get(org("/invitations/progress")).json().toString())
        .isEqualTo("{\"sent\":200,\"pending\":0,\"failed\":0}");
    assertThat(mailTo("one-too-many@quota.example")).isEmpty();
    assertThat(admin.get(org("/people?email=one-too-many@")).json()).isEmpty();
    assertThat(people("AWAITING_PROFILE")).hasSize(200);
  }

  @Test
  @DisplayName("Issue 14, MAIL-QUOTA: the portal's invite page says the list is over the daily mail quota, when it "
      + "resets, and invites nobody")
  void thePortalSaysWhy() {
    Http portal = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);

    Http.Response refused = portal.submit("/portal/people/invite", java.util.Map.of("emails",
        String.join(";", addresses("portal", 201)), "locationId", partner.hqLocationId().toString()));

    assertThat(refused.page().select(".alert-danger").text())
        .contains("daily mail quota of 200", "Nothing was sent", "resets at", "(MAIL-QUOTA)");
    assertThat(people("AWAITING_PROFILE")).isEmpty();
  }

  @Test
  @DisplayName("Issue 14, MAIL-QUOTA: a resend counts too; over the quota it is refused and nothing is sent again")
  void aResendCounts() {
    JsonNode invited = inviteList(addresses("resend", 200)).json().get("invited");
    String first = invited.get(0).get("individualId").asText();

    Http.Response refused = admin.post(org("/people/" + first + "/resend-invitation"), "");

    assertRefused(refused, 200, 1);
  }

  @Test
  @DisplayName("Issue 14, MAIL-QUOTA: program staff raise an organization's quota; its list of 201 is then "
      + "accepted, and the change is in its activity log; limits outside 0..100000 are refused")
  void staffRaiseTheQuota() {
    Http staff = new Http(port).asCamundaAdmin();

    Http.Response raised = staff.put(adminPath(), "{\"dailyLimit\": 300}");

    assertThat(raised.status()).as(raised.body()).isEqualTo(200);
    assertThat(raised.json().get("dailyLimit").asInt()).isEqualTo(300);
    assertThat(raised.json().get("basis").asText()).isEqualTo("SET_BY_STAFF");
    assertThat(inviteList(addresses("raised", 201)).json().get("invited")).hasSize(201);
    assertThat(admin.get(org("/mail-quota")).json().get("used").asInt()).isEqualTo(201);
    assertThat(admin.get(org("/activity?type=MAIL_QUOTA_CHANGED")).json().findValuesAsText("summary"))
        .containsExactly("Daily mail quota set to 300 mails by program staff");
    assertThat(staff.put(adminPath(), "{\"dailyLimit\": 100001}").json().get("errors").findValuesAsText("field"))
        .containsExactly("dailyLimit");
    assertThat(staff.put(adminPath(), "{\"dailyLimit\": -1}").status()).isEqualTo(400);
    Http.Response reset = staff.put(adminPath(), "{\"dailyLimit\": null}");
    assertThat(reset.json().get("dailyLimit").asInt()).isEqualTo(200);
    assertThat(reset.json().get("basis").asText()).isEqualTo("NEW_ORGANIZATION");
  }

  @Test
  @DisplayName("Issue 14: only program staff set a mail quota: a partner's admin gets 401 on the staff API and "
      + "nothing changes")
  void partnersCannotSetTheirQuota() {
    Http.Response attempt = admin.put(adminPath(), "{\"dailyLimit\": 100000}");

    assertThat(attempt.status()).isEqualTo(401);
    assertThat(admin.get(org("/mail-quota")).json().get("dailyLimit").asInt()).isEqualTo(200);
  }

  @Test
  @DisplayName("Issue 14, MAIL-QUOTA: the quota resets at the next UTC midnight (by the application clock)")
  void theQuotaResetsTheNextDay() {
    inviteList(addresses("today", 200));
    assertThat(inviteOne("tomorrow@quota.example").status()).isEqualTo(429);

    clock.advance(Duration.ofDays(1));
    try {
      Http.Response nextDay = inviteOne("tomorrow@quota.example");

      assertThat(nextDay.status()).as(nextDay.body()).isEqualTo(201);
      assertThat(admin.get(org("/mail-quota")).json().get("used").asInt()).isEqualTo(1);
    } finally {
      clock.advance(Duration.ofDays(-1));
    }
  }

  @Test
  @DisplayName("Issue 14, MAIL-QUOTA: two lists of 150 at once cannot both pass a quota of 200 (row-locked count)")
  void concurrentListsCannotOverrunTheQuota() {
    CompletableFuture<Http.Response> first = CompletableFuture.supplyAsync(() -> inviteList(addresses("a", 150)));
    CompletableFuture<Http.Response> second = CompletableFuture.supplyAsync(() -> inviteList(addresses("b", 150)));

    List<Integer> statuses = List.of(first.join().status(), second.join().status());

    assertThat(statuses).containsExactlyInAnyOrder(200, 429);
    assertThat(people("AWAITING_PROFILE")).hasSize(150);
    assertThat(admin.get(org("/mail-quota")).json().get("used").asInt()).isEqualTo(150);
  }

  @Test
  @DisplayName("Issue 14, MAIL-QUOTA: a reference's confirmation request counts one mail; over the quota no "
      + "reference is stored")
  void aReferenceCounts() {
    assertThat(new Http(port).asCamundaAdmin().put(adminPath(), "{\"dailyLimit\": 1}").status()).isEqualTo(200);
    assertThat(reference("first@customer.example").status()).isEqualTo(201);

    Http.Response refused = reference("second@customer.example");

    assertRefused(refused, 1, 1);
    assertThat(admin.get(org("/references")).json().findValuesAsText("contactEmail"))
        .containsExactly("first@customer.example");
  }

  private void assertRefused(Http.Response refused, int used, int requested) {
    assertThat(refused.status()).as(refused.body()).isEqualTo(429);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.problemType()).contains(ProblemType.QUOTA_EXCEEDED);
    JsonNode problem = refused.json();
    assertThat(problem.get("rule").asText()).isEqualTo("MAIL-QUOTA");
    assertThat(problem.get("quota").asText()).isEqualTo("mails-per-day");
    assertThat(problem.get("used").asInt()).isEqualTo(used);
    assertThat(problem.get("requested").asInt()).isEqualTo(requested);
    Instant midnight = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC)
        .toInstant();
    assertThat(problem.get("resetsAt").asText()).isEqualTo(midnight.toString());
    assertThat(problem.get("detail").asText()).contains("daily mail quota of " + problem.get("limit").asInt())
        .contains("resets at " + midnight);
    assertThat(Long.parseLong(refused.header("Retry-After")))
        .isBetween(1L, Duration.between(clock.instant(), midnight).toSeconds() + 1);
  }

  private Http.Response inviteList(List<String> emails) {
    return admin.post(org("/invitations"), """
        {"emails": "%s", "locationId": "%s"}""".formatted(String.join(";", emails), partner.hqLocationId()));
  }

  private Http.Response inviteOne(String email) {
    return admin.post(org("/people"), """
        {"firstName": "Una", "lastName": "Extra", "email": "%s", "locationId": "%s"}"""
        .formatted(email, partner.hqLocationId()));
  }

  private Http.Response reference(String contactEmail) {
    return admin.post(org("/references"), """
        {"customerCompany": "Northwind", "contactName": "Nina", "contactEmail": "%s", "description": "Mailboxes",
         "locationId": "%s", "competency": "CLOUD_PRODUCTIVITY"}""".formatted(contactEmail, partner.hqLocationId()));
  }

  private JsonNode people(String status) {
    return admin.get(org("/people?status=" + status + "&size=500")).json();
  }

  /** Runs this organization's jobs only: its list's start job, then its people's mail steps. */
  private void runOwnJobs() {
    for (int round = 0; round < 20; round++) {
      Set<String> instances = new HashSet<>();
      runtime.createProcessInstanceQuery().processInstanceBusinessKey(partner.hqLocationId().toString()).list()
          .forEach(instance -> instances.add(instance.getId()));
      runtime.createProcessInstanceQuery().variableValueEquals("organizationId", partner.organizationId().toString())
          .list().forEach(instance -> instances.add(instance.getId()));
      List<Job> due = instances.isEmpty() ? List.of()
          : management.createJobQuery().processInstanceIds(instances).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private String adminPath() {
    return "/api/admin/organizations/" + partner.organizationId() + "/mail-quota";
  }

  private String org(String path) {
    return "/api/organizations/" + partner.organizationId() + path;
  }

  private static List<String> addresses(String prefix, int count) {
    String run = Long.toString(System.nanoTime(), 36);
    return IntStream.range(0, count).mapToObj(n -> prefix + n + "-" + run + "@quota.example").toList();
  }
}
