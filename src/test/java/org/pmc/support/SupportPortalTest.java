package org.pmc.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
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
    assertThat(ticket.select(".channel").text()).isEqualTo("COMMUNITY");
    assertThat(ticket.select(".status").text()).isEqualTo("OPEN");
    assertThat(ticket.select("table.history tbody tr")).hasSize(1);

    String ticketId = raised.redirectPath().substring(raised.redirectPath().lastIndexOf('/') + 1);
    String instanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ticketId)
        .singleResult().getId();
    tasks.complete(tasks.createTaskQuery().processInstanceId(instanceId).singleResult().getId(),
        Map.of("answer", "On your anniversary."));
    runDueJobs();

    Document answered = browser.get("/portal/support/tickets/" + ticketId).page();
    assertThat(answered.select(".answer").text()).isEqualTo("On your anniversary.");
    Document closed = browser.follow(browser.submit("/portal/support/tickets/" + ticketId + "/resolution",
        Map.of("accepted", "true"))).page();
    assertThat(closed.select(".status").text()).isEqualTo("CLOSED");
    assertThat(closed.select("table.history tbody tr")).hasSize(3);
    assertThat(browser.get("/portal/support").page().select("table td").text()).contains("Renewal date", "CLOSED");
  }
}
