package org.pmc.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.jsoup.nodes.Document;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners;
import org.pmc.TestStaff;
import org.pmc.TestPartners.Partner;
import org.pmc.organization.MembershipLevel;
import org.pmc.organization.OrganizationService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Support over the JSON API (R-SUP-2..4), with the timer run through the engine; staff's named contacts (R-SUP-5)
 * and questions (R-SUP-6) over HTTP.
 */
class SupportApiTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  OrganizationService organizations;
  @Autowired
  TestStaff staff;
  @Autowired
  TaskService tasks;

  Partner partner;
  Http admin;

  @BeforeEach
  void organization() {
    partner = partners.register("FR");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
  }

  @Test
  @DisplayName("R-SUP-2: topics with self-help articles are public")
  void topicsArePublic() {
    Http.Response topics = new Http(port).get("/api/support/topics");
    assertThat(topics.status()).isEqualTo(200);
    assertThat(topics.json().findValuesAsText("code")).contains("PROGRAM", "TECHNICAL", "MEMBERSHIP", "RENEWAL");
    assertThat(topics.json().findValuesAsText("url")).isNotEmpty()
        .allMatch(url -> url.startsWith("https://support.pmc.example/"));
  }

  @Test
  @DisplayName("R-SUP-2, R-SUP-3: ticket created on live chat; its timer runs through the engine; escalated to RSC and recorded")
  void ticketEscalatesThroughTheEngine() {
    organizations.changeMembership(partner.organizationId(), MembershipLevel.SILVER, null);

    Http.Response created = admin.post(tickets(""), """
        {"category": "TECHNICAL", "topic": "CLOUD", "issue": "OUTAGE", "priority": "HIGH", "complexity": "LOW",
         "subject": "Portal down", "description": "Our customer portal is down."}""");

    assertThat(created.status()).isEqualTo(201);
    JsonNode body = created.json();
    assertThat(body.get("channel").asText()).isEqualTo("LIVE_CHAT");
    assertThat(body.get("status").asText()).isEqualTo("OPEN");
    assertThat(body.get("suggestions").get(0).get("url").asText())
        .isEqualTo("https://support.pmc.example/technical/service-health");
    String id = body.get("id").asText();

    String instanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
    Job timer = management.createJobQuery().processInstanceId(instanceId).timers().singleResult();
    management.executeJob(timer.getId());
    runDueJobs(instanceId);

    JsonNode ticket = admin.get(tickets("/" + id)).json();
    assertThat(ticket.get("channel").asText()).isEqualTo("RSC");
    assertThat(ticket.get("status").asText()).isEqualTo("OPEN");
    assertThat(ticket.get("assignee").isNull()).as("escalated, nobody assigned yet").isTrue();
    List<String> steps = new ArrayList<>();
    ticket.get("history").forEach(step -> steps.add(step.get("event").asText() + " " + step.get("channel").asText()));
    assertThat(steps).containsExactly("ROUTED LIVE_CHAT", "ESCALATED RSC");
    assertThat(ticket.get("history").get(1).get("at").asText()).isNotBlank();

    Http.Response list = admin.get(tickets(""));
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.header("X-Total-Count")).isEqualTo("1");
    assertThat(list.json().get(0).get("channel").asText()).isEqualTo("RSC");
  }

  @Test
  @DisplayName("R-SUP-4: an unanswered ticket cannot be accepted; unknown issues are refused")
  void refusals() {
    Http.Response created = admin.post(tickets(""), """
        {"category": "PROGRAM", "topic": "MEMBERSHIP", "issue": "BENEFITS", "priority": "LOW", "complexity": "LOW",
         "subject": "Benefits", "description": "What do we get?"}""");
    assertThat(created.json().get("channel").asText()).isEqualTo("COMMUNITY");
    Http.Response early = admin.post(tickets("/" + created.json().get("id").asText() + "/resolution"),
        "{\"accepted\": true}");
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.json().get("rule").asText()).isEqualTo("R-SUP-4");

    Http.Response unknown = admin.post(tickets(""), """
        {"category": "PROGRAM", "topic": "CLOUD", "issue": "OUTAGE", "priority": "LOW", "complexity": "LOW",
         "subject": "x", "description": "y"}""");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("topic");
  }

  @Test
  @DisplayName("R-SUP-5: staff choose the named contact; a partner 401, billing 403, a non-rsc user 400, unknown organization 404")
  void namedContactAccess() {
    String rsc = staff.create("Rae", "Rsc", "rsc");
    String billing = staff.create("Bill", "Billing", "billing");
    String path = "/api/admin/organizations/" + partner.organizationId() + "/named-contact";
    String body = "{\"userId\": \"" + rsc + "\"}";

    assertThat(admin.put(path, body).status()).isEqualTo(401);
    assertThat(new Http(port).as(billing, TestStaff.PASSWORD).put(path, body).status()).isEqualTo(403);
    Http rscStaff = new Http(port).as(rsc, TestStaff.PASSWORD);
    Http.Response chosen = rscStaff.put(path, body);
    assertThat(chosen.status()).isEqualTo(200);
    assertThat(chosen.json().get("organizationId").asText()).isEqualTo(partner.organizationId().toString());
    assertThat(chosen.json().get("userId").asText()).isEqualTo(rsc);

    Http.Response notRsc = rscStaff.put(path, "{\"userId\": \"" + billing + "\"}");
    assertThat(notRsc.status()).isEqualTo(400);
    assertThat(notRsc.json().get("errors").get(0).get("field").asText()).isEqualTo("userId");
    assertThat(rscStaff.put("/api/admin/organizations/" + UUID.randomUUID() + "/named-contact", body).status())
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

  private String tickets(String rest) {
    return "/api/organizations/" + partner.organizationId() + "/tickets" + rest;
  }
}
