package org.pmc.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;

/** The portal's Support page: articles first, then the ticket form; the ticket with history and Accept. */
class SupportPortalTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;

  @Test
  @DisplayName("R-SUP-2, R-SUP-4: choose category, topic and issue, see the articles, raise a ticket, accept the answer")
  void contactSupportAndAccept() {
    Partner partner = partners.register("IT");
    Http browser = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);

    Document chosen = browser.get("/portal/support?category=PROGRAM&topic=MEMBERSHIP&issue=RENEWAL").page();
    assertThat(chosen.select("nav a[href=/portal/support]")).isNotEmpty();
    assertThat(chosen.select("ul.suggestions a").eachAttr("href"))
        .containsExactly("https://support.pmc.example/program/renewal",
            "https://support.pmc.example/program/reenrollment-window");

    Http.Response raised = browser.submit("/portal/support/tickets", Map.of("category", "PROGRAM",
        "topic", "MEMBERSHIP", "issue", "RENEWAL", "priority", "MEDIUM", "complexity", "LOW",
        "subject", "Renewal date", "description", "When do we renew?"));
    Document ticket = browser.follow(raised).page();
    assertThat(ticket.select(".channel").text()).isEqualTo("Community");
    assertThat(ticket.select(".status").text()).isEqualTo("Open");
    assertThat(ticket.select("table.history tbody tr")).hasSize(1);

    String ticketId = raised.redirectPath().substring(raised.redirectPath().lastIndexOf('/') + 1);
    String instanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ticketId)
        .singleResult().getId();
    tasks.complete(tasks.createTaskQuery().processInstanceId(instanceId).singleResult().getId(),
        Map.of("answer", "On your anniversary."));
    runDueJobs(instanceId);

    Document answered = browser.get("/portal/support/tickets/" + ticketId).page();
    assertThat(answered.select(".answer").text()).isEqualTo("On your anniversary.");
    Document closed = browser.follow(browser.submit("/portal/support/tickets/" + ticketId + "/resolution",
        Map.of("accepted", "true"))).page();
    assertThat(closed.select(".status").text()).isEqualTo("Closed");
    assertThat(closed.select("table.history tbody tr")).hasSize(3);
    assertThat(browser.get("/portal/support").page().select("table td").text()).contains("Renewal date", "Closed");
  }

  @Test
  @DisplayName("R-SUP-2: in Japanese, the Support page and a ticket speak Japanese: priorities, channel and status in words")
  void supportInJapanese() {
    Partner partner = partners.register("IT");
    Http browser = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);
    browser.submit("/language", Map.of("language", "ja"));

    Document chosen = browser.get("/portal/support?category=PROGRAM&topic=MEMBERSHIP&issue=RENEWAL").page();
    assertThat(chosen.select("h1").text()).isEqualTo("サポート");
    assertThat(chosen.select("#priority option").eachText()).containsExactly("低", "中", "高");
    assertThat(chosen.select("#priority option").eachAttr("value")).containsExactly("LOW", "MEDIUM", "HIGH");
    Document ticket = browser.follow(browser.submit("/portal/support/tickets", Map.of("category", "PROGRAM",
        "topic", "MEMBERSHIP", "issue", "RENEWAL", "priority", "HIGH", "complexity", "LOW",
        "subject", "更新日", "description", "いつ更新しますか？"))).page();

    assertThat(ticket.select("[role=status]").text()).isEqualTo("チケットを作成しました。コミュニティに送られました。");
    assertThat(ticket.select(".status").text()).isEqualTo("オープン");
    assertThat(ticket.select(".channel").text()).isEqualTo("コミュニティ");
    assertThat(ticket.selectFirst(".status").parent().text()).contains("優先度 高、複雑さ 低")
        .doesNotContain("OPEN", "HIGH", "??");
    assertThat(ticket.select("table.history td").eachText()).contains("振り分け");
  }

  @Test
  @DisplayName("issue 14: a ticket without subject goes back to its choice with the values encoded, \"{x}\" too")
  void aRefusedTicketRedirectsWithItsValuesEncoded() {
    Partner partner = partners.register("IT");
    Http browser = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);

    Http.Response refused = browser.submit("/portal/support/tickets", Map.of("category", "{x}",
        "topic", "MEMBERSHIP&issue={y}", "issue", "RENEWAL", "priority", "MEDIUM", "complexity", "LOW",
        "subject", " ", "description", "d"));

    assertThat(refused.status()).isEqualTo(302);
    assertThat(refused.redirectPath())
        .isEqualTo("/portal/support?category=%7Bx%7D&topic=MEMBERSHIP%26issue%3D%7By%7D&issue=RENEWAL");
    assertThat(browser.follow(refused).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("Issue 13: the partner sees who handles a ticket by name, in the API and on its page, never the "
      + "staff user id; someone Camunda does not know shows as program staff")
  void assigneeByName() {
    Partner partner = partners.register("ES");
    Http browser = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);
    Http api = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    String tickets = "/api/organizations/" + partner.organizationId() + "/tickets";
    String ticketId = api.post(tickets, """
        {"category": "PROGRAM", "topic": "MEMBERSHIP", "issue": "RENEWAL", "priority": "LOW", "complexity": "LOW",
         "subject": "Renewal", "description": "When?"}""").json().get("id").asText();
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(ticketId).singleResult().getId();
    assertThat(browser.get("/portal/support/tickets/" + ticketId).page().select(".assignee")).isEmpty();

    String staffId = "support-" + UUID.randomUUID().toString().substring(0, 8);
    User staff = identity.newUser(staffId);
    staff.setFirstName("Sam");
    staff.setLastName("Helper");
    staff.setPassword("a-long-unusual-passphrase");
    identity.saveUser(staff);
    tasks.claim(taskId, staffId);

    Http.Response read = api.get(tickets + "/" + ticketId);
    assertThat(read.json().get("assignee").asText()).isEqualTo("Sam Helper");
    assertThat(read.body()).doesNotContain(staffId);
    Http.Response page = browser.get("/portal/support/tickets/" + ticketId);
    assertThat(page.page().select(".assignee").text()).isEqualTo("Sam Helper");
    assertThat(page.body()).doesNotContain(staffId);

    tasks.setAssignee(taskId, "removed-staff-user");
    assertThat(api.get(tickets + "/" + ticketId).json().get("assignee").asText()).isEqualTo("Program staff");
  }
}
