package org.pmc.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.Mails;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.people.AssociationProcess;
import org.pmc.review.internal.ReviewProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code merge-consent}: the other organization consents to a merge before the RSC reviews it (R-LOC-8). */
class MergeConsentTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  TaskService tasks;
  @Autowired
  JdbcClient jdbc;

  Partner partner;
  Partner other;
  Http admin;
  Http otherAdmin;

  @BeforeEach
  void twoOrganizations() {
    partner = partners.register("DK");
    other = partners.register("SE");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    otherAdmin = new Http(port).as(other.adminEmail(), TestPartners.PASSWORD);
    new Http(port).asCamundaAdmin().put("/api/admin/locations/" + other.hqLocationId()
        + "/competencies/MESSAGING", "{\"level\": \"SILVER\", \"status\": \"ACTIVE_EARNED\"}");
  }

  @Test
  @DisplayName("R-LOC-8: the request waits for consent and shows the asking side nothing of the other organization but its name")
  void requestWaitsForConsentAndKeepsTheOtherSidePrivate() {
    Http.Response requested = requestMerge();

    assertThat(requested.status()).isEqualTo(202);
    JsonNode review = requested.json();
    assertThat(review.get("status").asText()).isEqualTo("AWAITING_CONSENT");
    assertThat(review.get("impact").get("otherOrganization").asText()).isEqualTo(other.name());
    assertThat(review.get("impact").has("otherCompetencies")).isFalse();
    assertThat(review.get("impact").has("people")).isFalse();
    assertThat(review.get("impact").toString()).doesNotContain("MESSAGING");
    Http browser = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);
    assertThat(browser.get("/portal/locations/merge?otherOrganizationId=" + other.organizationId()).body())
        .contains(other.name()).doesNotContain("MESSAGING");
    assertThat(admin.get(org(partner, "/reviews")).json().get(0).get("status").asText())
        .isEqualTo("AWAITING_CONSENT");
    ProcessInstance consent = consent(review);
    runDueJobs(consent.getId());
    assertThat(consent).isWaitingAt(ReviewProcess.GIVE_CONSENT).task()
        .hasCandidateGroup(AssociationProcess.adminGroup(other.organizationId()));
    assertThat(rscReview(review)).isNull();
    String asked = Mails.text(mailTo(other.adminEmail()).get(0));
    assertThat(asked).contains(partner.name()).contains("We bought them").contains("MESSAGING SILVER")
        .contains("/portal/tasks").contains("partner number " + other.partnerNumber());
    assertThat(requestMerge().status()).as("the same merge twice").isEqualTo(409);
  }

  @Test
  @DisplayName("R-LOC-8: accepted on the other organization's Tasks page, the RSC reviews; approved, both organizations hear the decision")
  void acceptedInThePortalThenApproved() {
    JsonNode review = requestedAndAsked();
    String reviewId = review.get("id").asText();
    ProcessInstance consent = consent(review);

    Http browser = new Http(port).signIn(other.adminEmail(), TestPartners.PASSWORD);
    Document page = browser.get("/portal/tasks").page();
    assertThat(page.select(".consent-request .about").text()).contains(partner.name());
    assertThat(page.select(".consent-request .impact").text()).contains("MESSAGING SILVER");
    assertThat(page.select(".consent-request form").attr("action")).isEqualTo("/portal/reviews/" + reviewId
        + "/consent");
    assertThat(new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD).get("/portal/tasks").page()
        .select(".consent-request")).isEmpty();
    assertThat(browser.submit("/portal/reviews/" + reviewId + "/consent", Map.of("accept", "true")).status())
        .isEqualTo(302);

    assertThat(admin.get(org(partner, "/reviews/" + reviewId)).json().get("status").asText()).isEqualTo("IN_REVIEW");
    ProcessInstance rsc = rscReview(review);
    assertThat(rsc).isWaitingAt(ReviewProcess.RSC_REVIEW).task().hasCandidateGroup("rsc");
    assertThat((String) runtime.getVariable(rsc.getId(), "reviewSummary")).contains("MESSAGING SILVER")
        .contains(partner.name());
    runDueJobs(consent.getId());
    assertThat(consent).isEnded().hasPassed("startRscReview", "tellAccepted", "sentToReview");
    assertThat(mailTo(partner.adminEmail())).extracting(Mails::text).anyMatch(text -> text.contains("accepted"));

    tasks.complete(tasks.createTaskQuery().processInstanceId(rsc.getId()).singleResult().getId(),
        Map.of("approved", true, "comment", "Merged"));
    runDueJobs(rsc.getId());
    assertThat(mailTo(partner.adminEmail())).extracting(Mails::text)
        .anyMatch(text -> text.contains("approved") && text.contains("Merged"));
    assertThat(mailTo(other.adminEmail())).extracting(Mails::text)
        .anyMatch(text -> text.contains("approved") && text.contains("location admin") && text.contains("Merged"));
  }

  @Test
  @DisplayName("R-LOC-8: declined over the API, the request ends DECLINED_BY_OTHER, both organizations are told and no RSC review starts")
  void declined() {
    JsonNode review = requestedAndAsked();
    String reviewId = review.get("id").asText();
    ProcessInstance consent = consent(review);

    Http.Response declined = otherAdmin.post(org(other, "/reviews/" + reviewId + "/consent"), "{\"accept\": false}");

    assertThat(declined.status()).isEqualTo(200);
    assertThat(declined.json().get("status").asText()).isEqualTo("DECLINED_BY_OTHER");
    assertThat(declined.json().get("impact").get("otherCompetencies").toString()).contains("MESSAGING");
    assertThat(declined.json().get("impact").has("competencies")).isFalse();
    JsonNode seen = admin.get(org(partner, "/reviews/" + reviewId)).json();
    assertThat(seen.get("status").asText()).isEqualTo("DECLINED_BY_OTHER");
    assertThat(seen.get("decidedBy").asText()).isEqualTo(other.name());
    runDueJobs(consent.getId());
    assertThat(consent).isEnded().hasPassed("tellDeclined", "requestDeclined").hasNotPassed("startRscReview");
    assertThat(rscReview(review)).isNull();
    assertThat(mailTo(partner.adminEmail())).extracting(Mails::text).anyMatch(text -> text.contains("declined"));
    assertThat(mailTo(other.adminEmail())).extracting(Mails::text)
        .anyMatch(text -> text.contains("Your organization declined"));
    assertThat(activityTypes(partner)).contains("MERGE_DECLINED");
    assertThat(activityTypes(other)).contains("MERGE_DECLINED");
    assertThat(otherAdmin.post(org(other, "/reviews/" + reviewId + "/consent"), "{\"accept\": true}").status())
        .isEqualTo(409);
  }

  @Test
  @DisplayName("R-LOC-8: only a global admin of the organization asked answers: location admin 403, the asking organization and strangers 404, twice 409")
  void whoMayAnswer() {
    String reviewId = requestedAndAsked().get("id").asText();
    String consent = "/reviews/" + reviewId + "/consent";
    Partner stranger = partners.register("NO");

    assertThat(partners.locationAdminOf(other, other.hqLocationId(), port).post(org(other, consent),
        "{\"accept\": true}").status()).isEqualTo(403);
    assertThat(admin.post(org(partner, consent), "{\"accept\": true}").status()).isEqualTo(404);
    assertThat(new Http(port).as(stranger.adminEmail(), TestPartners.PASSWORD).post(org(stranger, consent),
        "{\"accept\": true}").status()).isEqualTo(404);
    assertThat(otherAdmin.post(org(other, consent), "{}").status()).isEqualTo(400);
    Http.Response accepted = otherAdmin.post(org(other, consent), "{\"accept\": true}");
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.json().get("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(otherAdmin.post(org(other, consent), "{\"accept\": true}").status()).isEqualTo(409);
    assertThat(otherAdmin.post(org(other, consent), "{\"accept\": true}").json().get("rule").asText())
        .isEqualTo("R-LOC-8");
  }

  @Test
  @DisplayName("R-LOC-8: unanswered, the other organization's global admins are reminded after 5 days; after 14 the request ends as declined and both are told")
  void unanswered() throws Exception {
    JsonNode review = requestedAndAsked();
    ProcessInstance consent = consent(review);
    mailServer.purgeEmailFromAllMailboxes();

    fire(consent, "fiveDaysWithoutAnswer");
    runDueJobs(consent.getId());
    assertThat(mailTo(other.adminEmail())).extracting(Mails::text).anyMatch(text -> text.contains("Reminder"));
    assertThat(consent).isWaitingAt(ReviewProcess.GIVE_CONSENT).hasPassed("otherAdminsReminded");

    fire(consent, "fourteenDaysWithoutAnswer");
    runDueJobs(consent.getId());

    assertThat(consent).isEnded().hasPassed("expireConsent", "tellDeclined", "requestDeclined");
    JsonNode ended = admin.get(org(partner, "/reviews/" + review.get("id").asText())).json();
    assertThat(ended.get("status").asText()).isEqualTo("DECLINED_BY_OTHER");
    assertThat(ended.get("comment").asText()).contains("14 days");
    assertThat(mailTo(partner.adminEmail())).extracting(Mails::text).anyMatch(text -> text.contains("14 days"));
    assertThat(mailTo(other.adminEmail())).extracting(Mails::text).anyMatch(text -> text.contains("14 days"));
    assertThat(rscReview(review)).isNull();
  }

  @Test
  @DisplayName("R-LOC-8, R-REV-4: withdrawn while it waits for consent, the consent process and its task end")
  void withdrawnWhileWaitingForConsent() {
    JsonNode review = requestedAndAsked();
    String reviewId = review.get("id").asText();
    ProcessInstance consent = consent(review);

    Http.Response withdrawn = admin.post(org(partner, "/reviews/" + reviewId + "/withdraw"), "");

    assertThat(withdrawn.status()).isEqualTo(200);
    assertThat(withdrawn.json().get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(consent).isEnded().hasPassed("withdrawn");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reviewId).count()).isZero();
    assertThat(otherAdmin.post(org(other, "/reviews/" + reviewId + "/consent"), "{\"accept\": true}").status())
        .isEqualTo(409);
  }

  private Http.Response requestMerge() {
    return admin.post(org(partner, "/merge"), """
        {"otherOrganizationId": "%s", "reason": "We bought them"}""".formatted(other.organizationId()));
  }

  /** Requested, and the other organization's global admins asked (their mail sent). */
  private JsonNode requestedAndAsked() {
    JsonNode review = requestMerge().json();
    runDueJobs(consent(review).getId());
    return review;
  }

  private ProcessInstance consent(JsonNode review) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ReviewProcess.MERGE_CONSENT)
        .processInstanceBusinessKey(review.get("id").asText()).singleResult();
  }

  private ProcessInstance rscReview(JsonNode review) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ReviewProcess.MERGE)
        .processInstanceBusinessKey(review.get("id").asText()).singleResult();
  }

  private void fire(ProcessInstance instance, String timer) {
    Job job = management.createJobQuery().processInstanceId(instance.getId()).activityId(timer).singleResult();
    management.executeJob(job.getId());
  }

  private java.util.List<String> activityTypes(Partner organization) {
    return jdbc.sql("select type from activity where organization_id = ?").param(organization.organizationId())
        .query(String.class).list();
  }

  private static String org(Partner organization, String path) {
    return "/api/organizations/" + organization.organizationId() + path;
  }
}
