package org.pmc.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;

/** The HTTP side of staff's work on tickets: named contacts (R-SUP-5), questions (R-SUP-6), reopening (R-SUP-4). */
class SupportStaffApiTest extends IntegrationTest {

  private static final String STAFF_PASSWORD = "a-long-staff-passphrase";

  @Autowired
  TestPartners partners;
  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;

  Partner partner;
  Http admin;

  @BeforeEach
  void organization() {
    partner = partners.register("FR");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
  }

  @Test
  @DisplayName("R-SUP-5: staff choose the named contact; a partner 401, billing 403, a non-rsc user 400, unknown organization 404")
  void namedContactAccess() {
    String rsc = staff("rsc");
    String billing = staff("billing");
    String path = "/api/admin/organizations/" + partner.organizationId() + "/named-contact";
    String body = "{\"userId\": \"" + rsc + "\"}";

    assertThat(admin.put(path, body).status()).isEqualTo(401);
    assertThat(new Http(port).as(billing, STAFF_PASSWORD).put(path, body).status()).isEqualTo(403);
    Http staff = new Http(port).as(rsc, STAFF_PASSWORD);
    Http.Response chosen = staff.put(path, body);
    assertThat(chosen.status()).isEqualTo(200);
    assertThat(chosen.json().get("organizationId").asText()).isEqualTo(partner.organizationId().toString());
    assertThat(chosen.json().get("userId").asText()).isEqualTo(rsc);

    Http.Response notRsc = staff.put(path, "{\"userId\": \"" + billing + "\"}");
    assertThat(notRsc.status()).isEqualTo(400);
    assertThat(notRsc.json().get("errors").get(0).get("field").asText()).isEqualTo("userId");
    assertThat(staff.put("/api/admin/organizations/" + UUID.randomUUID() + "/named-contact", body).status())
        .isEqualTo(404);
  }

  @Test
  @DisplayName("R-SUP-6: the question shows on the Tasks page and is answered there; answering again 409, no answer 400, another organization 404")
  void answeringStaffsQuestion() {
    String id = raise();
    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(id).singleResult().getId(),
        Map.of("decision", "ASK", "answer", "Which region?"));
    runDueJobs(byBusinessKey(id).singleResult().getId());
    assertThat(admin.get(tickets("/" + id)).json().get("question").asText()).isEqualTo("Which region?");

    Http browser = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);
    Document tasksPage = browser.get("/portal/tasks").page();
    assertThat(tasksPage.select(".partner-question .question").text()).isEqualTo("Which region?");
    assertThat(tasksPage.select(".partner-question form").attr("action"))
        .isEqualTo("/portal/support/tickets/" + id + "/answer");
    assertThat(browser.get("/portal/support/tickets/" + id).page().select(".staff-question .question").text())
        .isEqualTo("Which region?");

    Http.Response empty = admin.post(tickets("/" + id + "/answer"), "{\"answer\": \" \"}");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().get("errors").get(0).get("field").asText()).isEqualTo("answer");
    Http.Response tooLong = admin.post(tickets("/" + id + "/answer"),
        "{\"answer\": \"" + "x".repeat(4001) + "\"}");
    assertThat(tooLong.status()).isEqualTo(400);
    Partner other = partners.register("FR");
    assertThat(new Http(port).as(other.adminEmail(), TestPartners.PASSWORD)
        .post("/api/organizations/" + other.organizationId() + "/tickets/" + id + "/answer",
            "{\"answer\": \"EU\"}").status()).isEqualTo(404);

    Http.Response answered = browser.submit("/portal/support/tickets/" + id + "/answer", Map.of("answer", "EU"));
    assertThat(browser.follow(answered).page().select(".staff-question")).isEmpty();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(id).singleResult().getTaskDefinitionKey())
        .isEqualTo("answerTicket");

    Http.Response again = admin.post(tickets("/" + id + "/answer"), "{\"answer\": \"EU, really\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("rule").asText()).isEqualTo("R-SUP-6");
  }

  @Test
  @DisplayName("R-SUP-4: reopening without a comment is refused naming comment; with one it is in the history")
  void reopenNeedsAComment() {
    String id = raise();
    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(id).singleResult().getId(),
        Map.of("answer", "Use the other region."));
    runDueJobs(byBusinessKey(id).singleResult().getId());

    Http.Response bare = admin.post(tickets("/" + id + "/resolution"), "{\"accepted\": false}");
    assertThat(bare.status()).isEqualTo(400);
    assertThat(bare.json().get("errors").get(0).get("field").asText()).isEqualTo("comment");

    Http.Response reopened = admin.post(tickets("/" + id + "/resolution"),
        "{\"accepted\": false, \"comment\": \"There is no other region.\"}");
    assertThat(reopened.status()).isEqualTo(200);
    assertThat(reopened.json().get("status").asText()).isEqualTo("REOPENED");
    assertThat(reopened.json().findValuesAsText("detail"))
        .contains("The partner did not accept the answer: There is no other region.");
  }

  private String raise() {
    return admin.post(tickets(""), """
        {"category": "TECHNICAL", "topic": "CLOUD", "issue": "OUTAGE", "priority": "LOW", "complexity": "LOW",
         "subject": "Region", "description": "Which region do we use?"}""").json().get("id").asText();
  }

  private String staff(String group) {
    String id = group + "-" + UUID.randomUUID().toString().substring(0, 8);
    if (identity.createGroupQuery().groupId(group).count() == 0) {
      identity.saveGroup(identity.newGroup(group));
    }
    User user = identity.newUser(id);
    user.setPassword(STAFF_PASSWORD);
    identity.saveUser(user);
    List.of(group).forEach(member -> identity.createMembership(id, member));
    return id;
  }

  private String tickets(String rest) {
    return "/api/organizations/" + partner.organizationId() + "/tickets" + rest;
  }
}
