package org.pmc.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.Mails;
import org.pmc.organization.OrganizationService;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.TestStaff;
import org.pmc.review.internal.ReviewProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code location-dissociation} and {@code organization-merge}: every path, through the API (R-LOC-5, R-LOC-7); a merge
 * reaches the RSC once the other organization consents (R-LOC-8).
 */
class ReviewProcessTest extends IntegrationTest {

  @Autowired
  private JdbcClient jdbc;
  @Autowired
  TestPartners partners;
  @Autowired
  TaskService tasks;
  @Autowired
  TestStaff staff;
  @Autowired
  IdentityService identity;
  @Autowired
  OrganizationService organizations;

  Partner partner;
  Http admin;

  @BeforeEach
  void signIn() {
    partner = partners.register("DK");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
  }

  @Test
  @DisplayName("R-LOC-5: the partner sees the impact; approved, the location is dissociated, its children move to its parent and the partner is told")
  void approvedDissociation() {
    UUID copenhagen = addLocation("Copenhagen", partner.hqLocationId());
    UUID aarhus = addLocation("Aarhus", copenhagen);

    JsonNode review = requestDissociation(copenhagen);
    assertThat(review.get("type").asText()).isEqualTo("DISSOCIATION");
    assertThat(review.get("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(review.at("/impact/childLocations").toString()).contains("Aarhus");
    assertThat(review.at("/impact/summary").toString()).contains("Locations moving to Partner");
    ProcessInstance instance = instance(review);
    assertThat(instance).isWaitingAt(ReviewProcess.RSC_REVIEW).task().hasCandidateGroup("rsc")
        .hasName("Dissociation of Copenhagen — " + partner.name()); // R-REV-1: the reviewer sees whom they review
    assertThat((String) runtime.getVariable(instance.getId(), "reviewSummary")).contains("Aarhus");

    tasks.complete(task(instance).getId(), Map.of("approved", true, "comment", "Fine by us"));

    assertThat(location(copenhagen).get("status").asText()).isEqualTo("DISSOCIATED");
    assertThat(location(aarhus).get("parentId").asText()).isEqualTo(partner.hqLocationId().toString());
    JsonNode decided = admin.get(org("/reviews/" + review.get("id").asText())).json();
    assertThat(decided.get("status").asText()).isEqualTo("COMPLETED");
    assertThat(decided.get("comment").asText()).isEqualTo("Fine by us");
    runDueJobs(instance.getId());
    assertThat(instance).isEnded().hasPassed("carryOut", "notifyRequester", "partnerTold");
    assertThat(Mails.text(mailTo(partner.adminEmail()).get(0))).contains("approved").contains("Fine by us")
        .contains("partner number " + partner.partnerNumber()); // R-PPL-8
  }

  @Test
  @DisplayName("R-LOC-5: rejected, nothing changes and the partner is told with the comment")
  void rejectedDissociation() {
    UUID copenhagen = addLocation("Copenhagen", partner.hqLocationId());
    JsonNode review = requestDissociation(copenhagen);
    ProcessInstance instance = instance(review);

    tasks.complete(task(instance).getId(), Map.of("approved", false, "comment", "Keep it, it holds a competency"));

    assertThat(location(copenhagen).get("status").asText()).isEqualTo("ACTIVE");
    assertThat(admin.get(org("/reviews/" + review.get("id").asText())).json().get("status").asText())
        .isEqualTo("REJECTED");
    runDueJobs(instance.getId());
    assertThat(instance).isEnded().hasPassed("recordRejection", "partnerTold").hasNotPassed("carryOut");
    assertThat(Mails.text(mailTo(partner.adminEmail()).get(0))).contains("rejected")
        .contains("Keep it, it holds a competency");
  }

  @Test
  @DisplayName("R-LOC-5: the reviewer asks the partner, who is emailed and answers in the portal; the review comes back with the answer and is approved")
  void questionAnsweredInThePortal() {
    UUID odense = addLocation("Odense", partner.hqLocationId());
    JsonNode review = requestDissociation(odense);
    String reviewId = review.get("id").asText();
    ProcessInstance instance = instance(review);

    tasks.complete(task(instance).getId(), Map.of("approved", false, "comment", "",
        "question", "Who takes over the Odense customers?"));
    runDueJobs(instance.getId());

    assertThat(instance).isWaitingAt(ReviewProcess.ANSWER_QUESTION).hasPassed("emailQuestion").task()
        .hasCandidateGroup(org.pmc.people.AssociationProcess.adminGroup(partner.organizationId()));
    assertThat(Mails.text(mailTo(partner.adminEmail()).get(0))).contains("Who takes over the Odense customers?")
        .contains("/portal/reviews/" + reviewId + "/question");

    Http stranger = new Http(port).signIn(partners.register("DK").adminEmail(), TestPartners.PASSWORD);
    assertThat(stranger.get("/portal/reviews/" + reviewId + "/question").status()).isEqualTo(404);
    answerInThePortal(reviewId, "Who takes over the Odense customers?", "Our Copenhagen office");

    assertThat(instance).isWaitingAt(ReviewProcess.RSC_REVIEW).task().hasCandidateGroup("rsc");
    assertThat(runtime.getVariable(instance.getId(), "partnerAnswer")).isEqualTo("Our Copenhagen office");
    assertThat(runtime.getVariable(instance.getId(), "askedQuestion")).isEqualTo("Who takes over the Odense customers?");
    assertThat(runtime.getVariable(instance.getId(), "question")).isNull();

    tasks.complete(task(instance).getId(), Map.of("approved", true, "comment", "Thanks", "question", ""));
    assertThat(location(odense).get("status").asText()).isEqualTo("DISSOCIATED");
    runDueJobs(instance.getId());
    assertThat(instance).isEnded().hasPassed("answerQuestion", "carryOut", "partnerTold");
  }

  @Test
  @DisplayName("R-LOC-5: unreviewed for 2 days, every RSC reviewer is reminded by email; the review stays open")
  void reminderAfterTwoDays() {
    String reviewer = staff.create("Riley", "Reviewer", "rsc");
    ProcessInstance instance = instance(requestDissociation(addLocation("Odense", partner.hqLocationId())));

    fire(instance, "twoDaysWithoutDecision");
    runDueJobs(instance.getId());

    assertThat(mailTo(TestStaff.email(reviewer))).hasSize(1);
    assertThat(Mails.text(mailTo(TestStaff.email(reviewer)).get(0))).contains("Odense").contains("Tasklist");
    assertThat(instance).isWaitingAt(ReviewProcess.RSC_REVIEW).hasPassed("reviewersReminded");
  }

  @Test
  @DisplayName("R-LOC-5: an organization that speaks Japanese hears the RSC's decision in Japanese; the RSC reviewer is still reminded in English")
  void partnerInTheirLanguageReviewerInEnglish() {
    organizations.speak(partner.organizationId(), "ja");
    String reviewer = staff.create("Riley", "Reviewer", "rsc");
    ProcessInstance instance = instance(requestDissociation(addLocation("Odense", partner.hqLocationId())));

    fire(instance, "twoDaysWithoutDecision");
    runDueJobs(instance.getId());
    assertThat(mailTo(TestStaff.email(reviewer))).extracting(Mails::subject)
        .containsExactly("Reminder: a dissociation of Odense waits for your review");
    assertThat(Mails.text(mailTo(TestStaff.email(reviewer)).get(0))).contains("Hello Riley,", "two days ago");

    tasks.complete(task(instance).getId(), Map.of("approved", true, "comment", "OK"));
    runDueJobs(instance.getId());
    jakarta.mail.internet.MimeMessage decided = mailTo(partner.adminEmail()).get(0);
    assertThat(Mails.subject(decided)).isEqualTo("Odense の分離の申請が承認されました");
    assertThat(Mails.text(decided)).contains("RSC は " + partner.name() + " の Odense の分離を承認しました",
        "審査担当者のコメント: OK", "パートナー番号 " + partner.partnerNumber())
        .doesNotContain("??", "Hello", "approved", "The RSC");
  }

  @Test
  @DisplayName("R-LOC-5: unreviewed for 5 days, the review moves to the RSC lead, who decides")
  void handOverToLeadAfterFiveDays() {
    UUID odense = addLocation("Odense", partner.hqLocationId());
    ProcessInstance instance = instance(requestDissociation(odense));

    fire(instance, "fiveDaysWithoutDecision");

    assertThat(instance).isWaitingAt(ReviewProcess.LEAD_REVIEW).task().hasCandidateGroup("rsc-lead")
        .hasName("Lead review: Dissociation of Odense — " + partner.name());
    tasks.complete(task(instance).getId(), Map.of("approved", true, "comment", "Approved by the lead"));
    assertThat(location(odense).get("status").asText()).isEqualTo("DISSOCIATED");
    runDueJobs(instance.getId());
    assertThat(instance).isEnded().hasPassed("leadReview", "carryOut", "partnerTold");
  }

  @Test
  @DisplayName("R-LOC-7: a merge shows both organizations' competencies; approved, the other HQ becomes a child location and its people move")
  void approvedMerge() {
    Partner other = partners.register("SE");
    assertThat(new Http(port).asCamundaAdmin().put("/api/admin/locations/" + other.hqLocationId()
        + "/competencies/MESSAGING", "{\"level\": \"SILVER\", \"status\": \"ACTIVE_EARNED\"}").status())
        .isEqualTo(200);
    JsonNode review = requestMerge(other);
    assertThat(review.get("type").asText()).isEqualTo("MERGE");
    assertThat(review.get("status").asText()).isEqualTo("IN_REVIEW");
    // R-LOC-8: the other organization's admin saw the impact on its side when consenting
    assertThat(review.at("/impact/people").asInt()).isEqualTo(1);
    assertThat(review.at("/impact/otherCompetencies").toString())
        .isEqualTo("[\"MESSAGING SILVER at " + other.name() + " HQ\"]");
    ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(ReviewProcess.MERGE)
        .processInstanceBusinessKey(review.get("id").asText()).singleResult();
    assertThat(instance).isWaitingAt(ReviewProcess.RSC_REVIEW).task()
        .hasName("Merge of " + other.name() + " into " + partner.name());
    ProcessInstance otherRenewal = renewal(other.organizationId());
    ProcessInstance renewal = renewal(partner.organizationId());
    Map<String, Long> before = versions(other);

    tasks.complete(task(instance).getId(), Map.of("approved", true, "comment", "Merged"));

    // Issue 15: each capability moved its own rows, versions bumped so that no stale copy overwrites the move.
    versions(other).forEach((row, version) -> assertThat(version).as(row).isGreaterThan(before.get(row)));
    assertThat(jdbc.sql("select organization_id from location_competency where location_id = ?")
        .param(other.hqLocationId()).query(UUID.class).single()).isEqualTo(partner.organizationId());
    assertThat(jdbc.sql("select role from individual where email = ?").param(other.adminEmail())
        .query(String.class).single()).isEqualTo("LOCATION_ADMIN");

    JsonNode otherHq = admin.get(org("/locations")).json();
    assertThat(otherHq.findValuesAsText("id")).contains(other.hqLocationId().toString());
    assertThat(location(other.hqLocationId()).get("parentId").asText()).isEqualTo(partner.hqLocationId().toString());
    assertThat(admin.get(org("/people?email=" + other.adminEmail())).json().findValuesAsText("email"))
        .containsExactly(other.adminEmail());
    runDueJobs(instance.getId());
    assertThat(instance).isEnded().hasPassed("carryOut", "partnerTold");
    // R-LOC-8: the merged organization's program years end; the survivor's go on
    assertThat(otherRenewal).isEnded().hasPassed("organizationMerged", "renewalEnded");
    assertThat(renewal).isWaitingAt("windowOpens");
  }

  private ProcessInstance renewal(UUID organizationId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("competency-renewal")
        .processInstanceBusinessKey(organizationId.toString()).singleResult();
  }

  @Test
  @DisplayName("R-LOC-7: a merge the reviewer asks about and then leaves: reviewers reminded after 2 days, the lead after 5 rejects, nothing moves and the partner is told")
  void mergeAskedAboutThenRejectedByTheLead() {
    String reviewer = staff.create("Riley", "Reviewer", "rsc");
    Partner other = partners.register("SE");
    String reviewId = requestMerge(other).get("id").asText();
    ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(ReviewProcess.MERGE)
        .processInstanceBusinessKey(reviewId).singleResult();

    tasks.complete(task(instance).getId(), Map.of("approved", false, "comment", "",
        "question", "Who keeps the Stockholm customers?"));
    runDueJobs(instance.getId());
    assertThat(instance).isWaitingAt(ReviewProcess.ANSWER_QUESTION).hasPassed("emailQuestion");
    answerInThePortal(reviewId, "Who keeps the Stockholm customers?", "We do");
    assertThat(instance).isWaitingAt(ReviewProcess.RSC_REVIEW);

    fire(instance, "twoDaysWithoutDecision");
    runDueJobs(instance.getId());
    assertThat(mailTo(TestStaff.email(reviewer))).hasSize(1);
    fire(instance, "fiveDaysWithoutDecision");
    assertThat(instance).isWaitingAt(ReviewProcess.LEAD_REVIEW).task().hasCandidateGroup("rsc-lead");
    tasks.complete(task(instance).getId(), Map.of("approved", false, "comment", "Not before the audit"));
    runDueJobs(instance.getId());

    assertThat(instance).isEnded().hasPassed("answerQuestion", "reviewersReminded", "leadReview", "recordRejection",
        "partnerTold").hasNotPassed("carryOut");
    assertThat(admin.get(org("/locations")).json().findValuesAsText("id"))
        .doesNotContain(other.hqLocationId().toString());
    assertThat(mailTo(partner.adminEmail())).extracting(Mails::text)
        .anyMatch(text -> text.contains("rejected") && text.contains("Not before the audit"));
    // R-LOC-8: both organizations hear the decision
    assertThat(mailTo(other.adminEmail())).extracting(Mails::text)
        .anyMatch(text -> text.contains("rejected") && text.contains("Not before the audit"));
  }

  private JsonNode requestMerge(Partner other) {
    return MergeRequests.requestedAndAccepted(port, admin, partner.organizationId(), other,
        reviewId -> runDueJobsOf(byBusinessKey(reviewId)));
  }

  /** The partner's global admin answers the reviewer's question in the portal, as the question mail links. */
  private void answerInThePortal(String reviewId, String question, String answer) {
    Http browser = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);
    Http.Response page = browser.get("/portal/reviews/" + reviewId + "/question");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.page().select(".question").text()).isEqualTo(question);
    assertThat(browser.submit("/portal/reviews/" + reviewId + "/question", Map.of("answer", answer)).status())
        .isEqualTo(302);
  }

  /** The versions of the other organization's rows a merge changes, one owner each. */
  private Map<String, Long> versions(Partner other) {
    return Map.of(
        "organization", version("select version from organization where id = ?", other.organizationId()),
        "location", version("select version from location where id = ?", other.hqLocationId()),
        "individual", version("select version from individual where email = ?", other.adminEmail()),
        "location_competency", version("select version from location_competency where location_id = ?",
            other.hqLocationId()));
  }

  private long version(String sql, Object id) {
    return jdbc.sql(sql).param(id).query(Long.class).single();
  }

  private JsonNode requestDissociation(UUID locationId) {
    Http.Response response = admin.post(org("/locations/" + locationId + "/dissociation"),
        "{\"reason\": \"We closed the office\"}");
    assertThat(response.status()).isEqualTo(202);
    return response.json();
  }

  private ProcessInstance instance(JsonNode review) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ReviewProcess.DISSOCIATION)
        .processInstanceBusinessKey(review.get("id").asText()).singleResult();
  }

  private Task task(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private void fire(ProcessInstance instance, String timer) {
    Job job = management.createJobQuery().processInstanceId(instance.getId()).activityId(timer).singleResult();
    management.executeJob(job.getId());
  }

  private UUID addLocation(String name, UUID parentId) {
    return UUID.fromString(admin.post(org("/locations"), """
        {"name": "%s", "country": "DK", "parentId": "%s"}""".formatted(name, parentId)).json().get("id").asText());
  }

  private JsonNode location(UUID id) {
    for (JsonNode location : admin.get(org("/locations")).json()) {
      if (location.get("id").asText().equals(id.toString())) {
        return location;
      }
    }
    throw new AssertionError("No location " + id);
  }

  private String org(String path) {
    return "/api/organizations/" + partner.organizationId() + path;
  }
}
