package org.pmc.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.Mails;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The partner's requests (api.md "The partner's overview") for a customer reference: read from the engine, with
 * the customer's wait (R-REF-1) and the reminder timers (R-REF-2) as they are scheduled.
 */
class ReferenceRequestsTest extends IntegrationTest {

  @Autowired
  TestPartners partners;

  Partner partner;
  Http admin;

  @BeforeEach
  void partner() {
    partner = partners.register("DE");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
  }

  @Test
  @DisplayName("R-REF-1, R-REF-2: a new reference waits for the customer; next, the first reminder at the timer's due date")
  void referenceWaitsForTheCustomer() {
    String referenceId = createReference("nina@requests-wait.example");
    runDueJobsOf(byBusinessKey(referenceId));

    JsonNode request = only(admin.get(requests("")).json());

    Job timer = management.createJobQuery().processInstanceId(byBusinessKey(referenceId).singleResult().getId())
        .timers().singleResult();
    assertThat(request.get("type").asText()).isEqualTo("REFERENCE");
    assertThat(request.get("id").asText()).isEqualTo(referenceId);
    assertThat(request.get("title").asText()).isEqualTo("Customer reference: Northwind (Cloud Productivity)");
    assertThat(request.get("step").asText()).isEqualTo("Waiting for the customer's confirmation");
    assertThat(request.get("waitingFor").asText()).isEqualTo("CUSTOMER");
    assertThat(request.get("nextEvent").asText()).isEqualTo("First reminder to the customer");
    assertThat(Instant.parse(request.get("nextEventAt").asText())).isEqualTo(timer.getDuedate().toInstant());
  }

  @Test
  @DisplayName("R-REF-3: a confirmed reference is no open request any more; its page shows its steps and who did them")
  void confirmedReferenceLeavesTheList() {
    String referenceId = createReference("nina@requests-done.example");
    runDueJobsOf(byBusinessKey(referenceId));
    String link = Mails.answerLink(mailTo("nina@requests-done.example").get(0));
    Http customer = new Http(port);
    String page = link.substring(link.indexOf("/r/"));
    customer.postForm(page, Map.of("answer", "confirm", "_csrf", customer.get(page).csrfToken()));
    runDueJobsOf(byBusinessKey(referenceId));

    assertThat(admin.get(requests("")).json()).isEmpty();
    JsonNode detail = admin.get(requests("/REFERENCE/" + referenceId)).json();
    assertThat(detail.get("endedAt").isNull()).isTrue(); // its process waits for the expiry (R-REF-6)
    assertThat(detail.get("step").isNull()).isTrue();
    assertThat(detail.get("steps").findValuesAsText("name"))
        .contains("Send confirmation request", "Customer answered", "Tell partner: approved");
    assertThat(detail.get("steps").findValues("by").stream().map(JsonNode::asText))
        .contains("Customer", "System");
  }

  @Test
  @DisplayName("Another organization's requests are never listed, and its request pages answer 404")
  void anotherOrganizationSeesNothing() {
    String referenceId = createReference("nina@requests-other.example");
    Partner other = partners.register("FR");
    Http stranger = new Http(port).as(other.adminEmail(), TestPartners.PASSWORD);

    assertThat(stranger.get("/api/organizations/" + other.organizationId() + "/requests").json()).isEmpty();
    assertThat(stranger.get("/api/organizations/" + other.organizationId() + "/requests/REFERENCE/" + referenceId)
        .status()).isEqualTo(404);
    assertThat(stranger.get(requests("")).status()).isEqualTo(403);
  }

  @Test
  @DisplayName("The Requests page lists the reference with its wait, and its filters by type and by \"waiting for us\" leave it out")
  void requestsPageFilters() {
    String referenceId = createReference("nina@requests-page.example");
    runDueJobsOf(byBusinessKey(referenceId));
    Http browser = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);

    Document all = browser.get("/portal/requests").page();
    Element row = all.selectFirst("tr.request[data-id=" + referenceId + "]");
    assertThat(row).isNotNull();
    assertThat(row.select(".step").text()).isEqualTo("Waiting for the customer's confirmation");
    assertThat(row.select(".next").text()).startsWith("First reminder to the customer in 7 days");
    assertThat(browser.get("/portal/requests?type=REFERENCE").page().select("tr.request")).hasSize(1);
    assertThat(browser.get("/portal/requests?type=ORDER").page().select("#empty").text())
        .contains("No open requests");
    assertThat(browser.get("/portal/requests?waitingForUs=true").page().select("#empty").text())
        .contains("Nothing waits for you");
    assertThat(browser.get("/portal/requests/REFERENCE/" + referenceId).page().select("#waiting-for").text())
        .isEqualTo("Customer");
  }

  @Test
  @DisplayName("A request id that is no id answers 400 naming the field, an unknown type 400, an unknown request 404")
  void badRequestIds() {
    assertThat(admin.get(requests("/REFERENCE/" + "x".repeat(65))).status()).isEqualTo(400);
    assertThat(admin.get(requests("/NOPE/abc")).status()).isEqualTo(400);
    assertThat(admin.get(requests("/REFERENCE/" + java.util.UUID.randomUUID())).status()).isEqualTo(404);
  }

  private String createReference(String contactEmail) {
    Http.Response created = admin.post("/api/organizations/" + partner.organizationId() + "/references", """
        {"customerCompany": "Northwind", "contactName": "Nina North", "contactEmail": "%s",
         "description": "Migrated 400 mailboxes", "locationId": "%s", "competency": "CLOUD_PRODUCTIVITY"}"""
        .formatted(contactEmail, partner.hqLocationId()));
    assertThat(created.status()).isEqualTo(201);
    return created.json().get("id").asText();
  }

  private String requests(String rest) {
    return "/api/organizations/" + partner.organizationId() + "/requests" + rest;
  }

  private static JsonNode only(JsonNode list) {
    assertThat(list).hasSize(1);
    return list.get(0);
  }
}
