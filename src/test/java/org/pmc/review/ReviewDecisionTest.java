package org.pmc.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.Mails;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.TestStaff;
import org.pmc.mcp.TestMcps;
import org.pmc.review.internal.ReviewProcess;
import org.pmc.review.internal.TasklistSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The RSC's explicit decision in both review processes (R-REV-1), the question loop with its reminder and "no
 * answer" (R-REV-2), the impact computed again (R-REV-3), the staff member named (R-REV-5), and what a dissociation
 * lists and moves (R-LOC-9).
 */
class ReviewDecisionTest extends IntegrationTest {


  @Autowired
  JdbcClient jdbc;
  @Autowired
  TestPartners partners;
  @Autowired
  TaskService tasks;
  @Autowired
  TestStaff staff;
  @Autowired
  IdentityService identity;
  @Autowired
  FilterService filters;
  @Autowired
  TestMcps mcps;

  Partner partner;
  Http admin;

  @BeforeEach
  void signIn() {
    partner = partners.register("FR");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
  }

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  @DisplayName("R-REV-1, R-REV-5: the reviewer approves with decision APPROVE; the review and the activity log name the staff member; the task had due and follow-up dates, Tasklist columns and the staff console link")
  void approveNamesTheStaffMember() {
    String reviewer = staff.create("Robin", "Reviewer", "rsc");
    UUID lyon = addLocation("Lyon", partner.hqLocationId());
    String reviewId = requestDissociation(lyon);
    ProcessInstance instance = instance(reviewId);
    Task task = task(instance);

    // R-REV-1: the reviewer's SLA: due after 5 days (the lead takes over), follow-up after 2 (the reminder)
    assertThat(Duration.between(task.getCreateTime().toInstant(), task.getDueDate().toInstant()))
        .isBetween(Duration.ofDays(5).minusMinutes(1), Duration.ofDays(5).plusMinutes(1));
    assertThat(Duration.between(task.getCreateTime().toInstant(), task.getFollowUpDate().toInstant()))
        .isBetween(Duration.ofDays(2).minusMinutes(1), Duration.ofDays(2).plusMinutes(1));
    String console = (String) tasks.getVariableLocal(task.getId(), "staffConsoleUrl");
    assertThat(console).endsWith("/staff/organizations/" + partner.organizationId());
    assertThat(task.getDescription()).isEqualTo(partner.name() + "\nStaff console: " + console);
    assertThat(runtime.getVariables(instance.getId())).containsEntry("organizationName", partner.name())
        .containsEntry("locationName", "Lyon").containsEntry("requestedBy", partner.adminEmail())
        .containsEntry("impactChanges", "No change since the request");

    identity.setAuthentication(reviewer, List.of("rsc"));
    tasks.complete(task.getId(), Map.of("decision", "APPROVE", "comment", "Fine"));
    identity.clearAuthentication();

    JsonNode review = admin.get(org("/reviews/" + reviewId)).json();
    assertThat(review.get("status").asText()).isEqualTo("COMPLETED");
    assertThat(review.get("decidedBy").asText()).isEqualTo("Robin Reviewer");
    assertThat(activity("REVIEW_APPROVED")).containsExactly("STAFF Robin Reviewer");
    assertThat(jdbc.sql("select executed_impact from review where id = ?").param(UUID.fromString(reviewId))
        .query(String.class).single()).contains("\"location\":\"Lyon\"");
    runDueJobs(instance.getId());
    assertThat(instance).isEnded().hasPassed("carryOut", "partnerTold");
  }

  @Test
  @DisplayName("R-REV-1: without a decision, with an unknown one, or rejecting or asking without a comment, completing is refused and the task stays open; the assignee is named when nobody is signed in")
  void incompleteDecisionsAreRefused() {
    String reviewId = requestDissociation(addLocation("Lille", partner.hqLocationId()));
    ProcessInstance instance = instance(reviewId);
    String taskId = task(instance).getId();

    for (Map<String, Object> refused : List.<Map<String, Object>>of(Map.of("comment", "Looks fine"),
        Map.of("decision", "MAYBE", "comment", "Hmm"), Map.of("decision", "REJECT"),
        Map.of("decision", "REJECT", "comment", "  "), Map.of("decision", "ASK"),
        Map.of("approved", false, "comment", ""))) {
      assertThatThrownBy(() -> tasks.complete(taskId, refused)).as(refused.toString())
          .isInstanceOf(ProcessEngineException.class).hasMessageContaining("R-REV-1");
      assertThat(instance).isWaitingAt(ReviewProcess.RSC_REVIEW);
    }
    assertThat(admin.get(org("/reviews/" + reviewId)).json().get("status").asText()).isEqualTo("IN_REVIEW");

    String reviewer = staff.create("Alex", "Assignee", "rsc");
    tasks.claim(taskId, reviewer);
    tasks.complete(taskId, Map.of("decision", "REJECT", "comment", "Keep Lille"));
    assertThat(admin.get(org("/reviews/" + reviewId)).json().get("decidedBy").asText()).isEqualTo("Alex Assignee");
    assertThat(activity("REVIEW_REJECTED")).containsExactly("STAFF Alex Assignee");
    runDueJobs(instance.getId());
    assertThat(instance).isEnded().hasPassed("recordRejection").hasNotPassed("carryOut");
  }

  @Test
  @DisplayName("R-REV-1: over /engine-rest as a member of rsc, a completion without decision is refused (400 naming the rule) and the task stays open; REJECT with a comment and the legacy approved=true work")
  void engineRestRefusesIncompleteDecisions() {
    String reviewer = staff.create("Rene", "Rest", "rsc");
    Http rest = new Http(port).as(reviewer, TestStaff.PASSWORD);
    String rejectedId = requestDissociation(addLocation("Nantes", partner.hqLocationId()));
    String taskId = task(instance(rejectedId)).getId();

    Http.Response refused = rest.post("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\": {\"comment\": {\"value\": \"ok\"}}}");
    // Bad input, not a server error: 400 naming the rule
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("rule").asText()).isEqualTo("R-REV-1");
    Http.Response noComment = rest.post("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\": {\"decision\": {\"value\": \"REJECT\"}}}");
    assertThat(noComment.status()).isEqualTo(400);
    assertThat(noComment.body()).contains("comment is required");
    assertThat(instance(rejectedId)).isWaitingAt(ReviewProcess.RSC_REVIEW);
    // Tasklist reads its columns the same way: the filter's variables come with each task
    String filterId = filters.createFilterQuery().filterName(TasklistSetup.RSC_FILTER).singleResult().getId();
    JsonNode listed = rest.post("/engine-rest/filter/" + filterId + "/list?maxResults=1000",
        "{\"processInstanceBusinessKey\": \"" + rejectedId + "\"}", Map.of("Accept", "application/hal+json")).json();
    assertThat(listed.at("/_embedded/task/0/_embedded/variable").findValuesAsText("name"))
        .contains("organizationName", "locationName", "requestedBy");

    assertThat(rest.post("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\": {\"decision\": {\"value\": \"REJECT\"}, \"comment\": {\"value\": \"Not now\"}}}").status())
        .isEqualTo(204);
    assertThat(admin.get(org("/reviews/" + rejectedId)).json().get("decidedBy").asText()).isEqualTo("Rene Rest");

    String approvedId = requestDissociation(addLocation("Nice", partner.hqLocationId()));
    assertThat(rest.post("/engine-rest/task/" + task(instance(approvedId)).getId() + "/complete",
        "{\"variables\": {\"approved\": {\"value\": true}}}").status()).isEqualTo(204);
    assertThat(admin.get(org("/reviews/" + approvedId)).json().get("status").asText()).isEqualTo("COMPLETED");
    assertThat(activity("REVIEW_APPROVED")).containsExactly("STAFF Rene Rest");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {ReviewProcess.DISSOCIATION, ReviewProcess.MERGE})
  @DisplayName("R-REV-2: the reviewer asks (the comment is the question); the partner is reminded after 2 days; unanswered after 5 the review returns to the reviewer marked \"no answer\", who approves")
  void unansweredQuestionReturnsToTheReviewer(String process) throws Exception {
    String reviewer = staff.create("Quinn", "Questioner", "rsc");
    String reviewId = request(process);
    ProcessInstance instance = instance(reviewId);

    identity.setAuthentication(reviewer, List.of("rsc"));
    tasks.complete(task(instance).getId(), Map.of("decision", "ASK", "comment", "Who keeps the customers?"));
    identity.clearAuthentication();
    runDueJobs(instance.getId());

    Task answer = task(instance);
    assertThat(answer.getTaskDefinitionKey()).isEqualTo(ReviewProcess.ANSWER_QUESTION);
    assertThat(Duration.between(answer.getCreateTime().toInstant(), answer.getDueDate().toInstant()))
        .isBetween(Duration.ofDays(5).minusMinutes(1), Duration.ofDays(5).plusMinutes(1));
    JsonNode asked = admin.get(org("/reviews/" + reviewId)).json();
    assertThat(asked.get("status").asText()).isEqualTo("QUESTION");
    assertThat(asked.get("question").asText()).isEqualTo("Who keeps the customers?");
    assertThat(activity("REVIEW_QUESTION_ASKED")).containsExactly("STAFF Quinn Questioner");
    assertThat(mailTo(partner.adminEmail())).hasSize(1);

    fire(instance, "twoDaysWithoutAnswer");
    runDueJobs(instance.getId());
    assertThat(mailTo(partner.adminEmail())).hasSize(2);
    assertThat(mailTo(partner.adminEmail()).get(1).getSubject()).startsWith("Reminder:");
    assertThat(Mails.text(mailTo(partner.adminEmail()).get(1))).contains("Who keeps the customers?");
    assertThat(instance).isWaitingAt(ReviewProcess.ANSWER_QUESTION).hasPassed("partnerReminded");

    fire(instance, "fiveDaysWithoutAnswer");

    assertThat(instance).isWaitingAt(ReviewProcess.RSC_REVIEW).hasPassed("recordNoAnswer");
    assertThat(runtime.getVariable(instance.getId(), "partnerAnswer")).isEqualTo("(no answer in 5 days)");
    assertThat(runtime.getVariable(instance.getId(), "askedQuestion")).isEqualTo("Who keeps the customers?");
    assertThat(runtime.getVariable(instance.getId(), "decision")).isNull();
    assertThat(admin.get(org("/reviews/" + reviewId)).json().get("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(activity("REVIEW_QUESTION_UNANSWERED")).containsExactly("SYSTEM system");

    tasks.complete(task(instance).getId(), Map.of("decision", "APPROVE"));
    runDueJobs(instance.getId());
    assertThat(instance).isEnded().hasPassed("carryOut", "partnerTold");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {ReviewProcess.DISSOCIATION, ReviewProcess.MERGE})
  @DisplayName("R-REV-1, R-REV-2: the lead, reminded every 2 days, asks; the partner answers in the portal and the review comes back to the lead, who rejects")
  void leadAsksAndTheAnswerComesBackToTheLead(String process) {
    String lead = staff.create("Lee", "Lead", "rsc-lead");
    String reviewId = request(process);
    ProcessInstance instance = instance(reviewId);

    fire(instance, "fiveDaysWithoutDecision");
    Task leadTask = task(instance);
    assertThat(leadTask.getTaskDefinitionKey()).isEqualTo(ReviewProcess.LEAD_REVIEW);
    assertThat(Duration.between(leadTask.getCreateTime().toInstant(), leadTask.getDueDate().toInstant()))
        .isBetween(Duration.ofDays(2).minusMinutes(1), Duration.ofDays(2).plusMinutes(1));

    fire(instance, "leadWithoutDecision");
    runDueJobs(instance.getId());
    assertThat(mailTo(TestStaff.email(lead))).hasSize(1);
    fire(instance, "leadWithoutDecision");
    runDueJobs(instance.getId());
    assertThat(mailTo(TestStaff.email(lead))).hasSize(2); // reminded again until they decide
    assertThat(instance).isWaitingAt(ReviewProcess.LEAD_REVIEW).hasPassed("leadReminded");

    identity.setAuthentication(lead, List.of("rsc-lead"));
    tasks.complete(leadTask.getId(), Map.of("decision", "ASK", "comment", "Is the deal signed?"));
    identity.clearAuthentication();
    runDueJobs(instance.getId());
    assertThat(instance).isWaitingAt(ReviewProcess.ANSWER_QUESTION);

    Http.Response answered = admin.post(org("/reviews/" + reviewId + "/answer"), "{\"answer\": \"Yes, last week\"}");
    assertThat(answered.status()).isEqualTo(200);

    assertThat(instance).isWaitingAt(ReviewProcess.LEAD_REVIEW);
    assertThat(task(instance).getName()).startsWith("Lead review: ");
    assertThat(runtime.getVariable(instance.getId(), "partnerAnswer")).isEqualTo("Yes, last week");
    identity.setAuthentication(lead, List.of("rsc-lead"));
    tasks.complete(task(instance).getId(), Map.of("decision", "REJECT", "comment", "Not before the audit"));
    identity.clearAuthentication();
    runDueJobs(instance.getId());
    assertThat(instance).isEnded().hasPassed("questionMerge", "answerQuestion", "returnGateway", "recordRejection", "partnerTold")
        .hasNotPassed("carryOut");
    assertThat(admin.get(org("/reviews/" + reviewId)).json().get("decidedBy").asText()).isEqualTo("Lee Lead");
  }

  @Test
  @DisplayName("R-REV-3: when the lead's task opens, the impact is computed again and shows what changed since the request")
  void impactChangesSinceTheRequest() {
    UUID lyon = addLocation("Lyon", partner.hqLocationId());
    String reviewId = requestDissociation(lyon);
    ProcessInstance instance = instance(reviewId);
    addLocation("Villeurbanne", lyon);

    fire(instance, "fiveDaysWithoutDecision");

    assertThat(runtime.getVariable(instance.getId(), "impactChanges"))
        .isEqualTo("locations under it: none → Villeurbanne");
    assertThat((String) runtime.getVariable(instance.getId(), "currentImpact")).contains("Villeurbanne");
  }

  @Test
  @DisplayName("R-LOC-5, R-LOC-9: the impact lists the location's benefits and ABTK orders; approved, its references awaiting a customer, its invitations and its MCP invitations move to the parent (its ABTK orders stay)")
  void dissociationListsAndMovesOpenRequests() {
    UUID lyon = addLocation("Lyon", partner.hqLocationId());
    assertThat(new Http(port).asCamundaAdmin().put("/api/admin/locations/" + lyon + "/competencies/MESSAGING",
        "{\"level\": \"SILVER\", \"status\": \"ACTIVE_EARNED\"}").status()).isEqualTo(200);
    jdbc.sql("""
        insert into abtk_order (id, organization_id, location_id, level, kind, status, price_amount, price_currency,
          program_year_end, created_at) values (?, ?, ?, 'SILVER', 'ORDER', 'PAID', 100, 'EUR', ?, now())""")
        .params(UUID.randomUUID(), partner.organizationId(), lyon, LocalDate.of(2027, 6, 30)).update();
    Http.Response reference = admin.post(org("/references"), """
        {"customerCompany": "Fabrikam", "contactName": "Nina North", "contactEmail": "nina@customer.example",
         "description": "Migrated 400 mailboxes", "locationId": "%s", "competency": "CLOUD_PRODUCTIVITY"}""".formatted(lyon));
    assertThat(reference.status()).isEqualTo(201);
    String invited = admin.post(org("/invitations"), "{\"emails\": \"inv-" + UUID.randomUUID().toString()
        .substring(0, 8) + "@people.example\", \"locationId\": \"" + lyon + "\"}").json().get("invited").get(0)
        .get("individualId").asText();
    String mcpId = mcps.register("Mia", "Moved");
    assertThat(admin.post(org("/mcps/invitations"), "{\"mcpId\": \"" + mcpId + "\", \"email\": \""
        + TestMcps.email(mcpId) + "\", \"locationId\": \"" + lyon + "\"}").status()).isEqualTo(201);
    assertThat(countAt("customer_reference", lyon)).isEqualTo(1);

    Http.Response requested = admin.post(org("/locations/" + lyon + "/dissociation"), "{\"reason\": \"Closed\"}");
    JsonNode impact = requested.json().get("impact");
    assertThat(impact.get("benefits").toString()).contains("Exchange Server").contains("(COMPETENCY)");
    assertThat(impact.get("abtkOrders").toString()).contains("SILVER ORDER, PAID, program year ending 2027-06-30");
    assertThat(impact.get("summary").toString()).contains("Benefits that end with the location")
        .contains("ABTK orders, kept at the location");
    ProcessInstance instance = instance(requested.json().get("id").asText());
    tasks.complete(task(instance).getId(), Map.of("decision", "APPROVE"));

    assertThat(countAt("customer_reference", lyon)).isZero();
    assertThat(countAt("customer_reference", partner.hqLocationId())).isEqualTo(1);
    assertThat(jdbc.sql("select location_id from individual where id = ?").param(UUID.fromString(invited))
        .query(UUID.class).single()).isEqualTo(partner.hqLocationId());
    assertThat(jdbc.sql("select location_id from mcp_association where mcp_id = ?").param(mcpId).query(UUID.class)
        .single()).isEqualTo(partner.hqLocationId());
    assertThat(countAt("abtk_order", lyon)).isEqualTo(1); // kept at the location, for history
  }

  private long countAt(String table, UUID locationId) {
    return jdbc.sql("select count(*) from " + table + " where location_id = ?").param(locationId)
        .query(Long.class).single();
  }

  /** "KIND actor" of each entry of this type in the partner's activity log. */
  private List<String> activity(String type) {
    return jdbc.sql("select actor_kind || ' ' || actor from activity where organization_id = ? and type = ?")
        .params(partner.organizationId(), type).query(String.class).list();
  }

  private String request(String process) {
    if (ReviewProcess.MERGE.equals(process)) {
      return MergeRequests.requestedAndAccepted(port, admin, partner.organizationId(), partners.register("BE"),
          reviewId -> runDueJobsOf(byBusinessKey(reviewId))).get("id").asText();
    }
    return requestDissociation(addLocation("Lyon", partner.hqLocationId()));
  }

  private String requestDissociation(UUID locationId) {
    Http.Response response = admin.post(org("/locations/" + locationId + "/dissociation"),
        "{\"reason\": \"We closed the office\"}");
    assertThat(response.status()).isEqualTo(202);
    return response.json().get("id").asText();
  }

  private ProcessInstance instance(String reviewId) {
    // the review's own instance: a merge's consent may still be telling the requester (R-LOC-8)
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reviewId)
        .processDefinitionKeyIn(ReviewProcess.DISSOCIATION, ReviewProcess.MERGE).singleResult();
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
        {"name": "%s", "country": "FR", "parentId": "%s"}""".formatted(name, parentId)).json().get("id").asText());
  }

  private String org(String path) {
    return "/api/organizations/" + partner.organizationId() + path;
  }
}
