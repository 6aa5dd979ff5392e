package org.pmc.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.pmc.organization.MembershipLevel;
import org.pmc.organization.OrganizationService;
import org.springframework.beans.factory.annotation.Autowired;

/** Support over the JSON API (R-SUP-2..4), with the timer run through the engine. */
class SupportApiTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  OrganizationService organizations;

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

  private String tickets(String rest) {
    return "/api/organizations/" + partner.organizationId() + "/tickets" + rest;
  }
}
