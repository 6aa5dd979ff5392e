package org.pmc.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.pmc.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reviews on the partner's requests page: a dissociation or merge is the RSC's, and the partner's when the RSC asks
 * (R-LOC-5, R-REV-2); a merge's consent is listed for the organization that must give it (R-LOC-8).
 */
class ReviewRequestsTest extends RequestsTest {

  @Autowired
  TaskService tasks;
  @Autowired
  TestStaff staff;

  @Test
  @DisplayName("R-LOC-5, R-REV-2: a dissociation waits for the RSC (next, the reminder), then for the partner's answer to its question")
  void dissociationWaitsForTheRscThenForTheAnswer() {
    String id = requestDissociation("Lyon");
    ProcessInstance review = root("location-dissociation", id);
    runDueJobs(review.getId());

    assertThat(listed(id)).isEqualTo(new Listed("REVIEW", id, "Dissociation of Lyon",
        "The RSC is reviewing the request", "RSC", "Reminder to the RSC reviewers",
        earliestTimer(review, "twoDaysWithoutDecision")));
    assertThat(waitingForUs()).isEmpty();

    tasks.complete(task(review), Map.of("decision", "ASK", "comment", "Who takes over the Lyon customers?"));
    runDueJobs(review.getId());

    Listed question = new Listed("REVIEW", id, "Dissociation of Lyon", "The RSC asked you a question", "PARTNER",
        "Reminder to answer the question", earliestTimer(review, "twoDaysWithoutAnswer"));
    assertThat(listed(id)).isEqualTo(question);
    assertThat(waitingForUs()).containsExactly(question);
  }

  @Test
  @DisplayName("R-REV-1: unreviewed for 5 days, the review waits for the RSC lead; next, the lead's reminder")
  void unreviewedDissociationWaitsForTheLead() {
    String id = requestDissociation("Lille");
    ProcessInstance review = root("location-dissociation", id);
    fire(review, "twoDaysWithoutDecision");
    runDueJobs(review.getId());
    assertThat(listed(id).nextEvent()).isEqualTo("Escalates to the RSC lead");
    fire(review, "fiveDaysWithoutDecision");
    runDueJobs(review.getId());

    assertThat(listed(id)).isEqualTo(new Listed("REVIEW", id, "Dissociation of Lille",
        "The RSC lead is reviewing the request", "RSC", "Reminder to the RSC lead",
        earliestTimer(review, "leadWithoutDecision")));
  }

  @Test
  @DisplayName("R-LOC-8: a merge's consent is the other organization's to give, listed for it only; consented, the requester's merge waits for the RSC")
  void mergeConsentIsTheOtherOrganizations() {
    Partner other = partners.register("SE");
    Http otherAdmin = new Http(port).as(other.adminEmail(), TestPartners.PASSWORD);
    String id = admin.post(org("/merge"), """
        {"otherOrganizationId": "%s", "reason": "We bought them"}""".formatted(other.organizationId())).json()
        .get("id").asText();
    ProcessInstance consent = root("merge-consent", id);
    runDueJobs(consent.getId());

    Listed asked = new Listed("REVIEW", id, "Consent to merging into " + partner.name(),
        "Waiting for your consent to the merge", "PARTNER", "Reminder to consent or decline",
        earliestTimer(consent, "fiveDaysWithoutAnswer"));
    assertThat(listed(otherAdmin, other, "?waitingForUs=true")).containsExactly(asked);
    assertThat(open()).isEmpty();

    assertThat(otherAdmin.post("/api/organizations/" + other.organizationId() + "/reviews/" + id + "/consent",
        "{\"accept\": true}").status()).isEqualTo(200);
    runDueJobsOf(byBusinessKey(id));

    ProcessInstance merge = root("organization-merge", id);
    assertThat(open()).containsExactly(new Listed("REVIEW", id, "Merge of " + other.name() + " into "
        + partner.name(), "The RSC is reviewing the request", "RSC", "Reminder to the RSC reviewers",
        earliestTimer(merge, "twoDaysWithoutDecision")));
    assertThat(listed(otherAdmin, other, "")).isEmpty();
  }

  @Test
  @DisplayName("R-REV-1, R-REV-5: a decided review's page shows the step the staff member took under their name, and its end")
  void decidedReviewNamesTheStaffMember() {
    String id = requestDissociation("Nantes");
    ProcessInstance review = root("location-dissociation", id);
    String reviewer = staff.create("Robin", "Reviewer", "rsc");
    String task = task(review);
    tasks.claim(task, reviewer);
    tasks.complete(task, Map.of("decision", "APPROVE", "comment", "Fine"));
    runDueJobs(review.getId());

    JsonNode detail = detail("REVIEW", id);
    assertThat(detail.get("title").asText()).isEqualTo("Dissociation of Nantes");
    assertThat(detail.hasNonNull("endedAt")).isTrue();
    assertThat(detail.hasNonNull("step")).isFalse();
    assertThat(steps(detail)).contains(Map.entry("Review the dissociation", "Robin Reviewer"),
        Map.entry("Tell the partner the decision", "System"));
    assertThat(open()).isEmpty();
  }

  private String requestDissociation(String location) {
    String locationId = admin.post(org("/locations"), """
        {"name": "%s", "country": "DE", "parentId": "%s"}""".formatted(location, partner.hqLocationId())).json()
        .get("id").asText();
    Http.Response requested = admin.post(org("/locations/" + locationId + "/dissociation"),
        "{\"reason\": \"We closed the office\"}");
    assertThat(requested.status()).as(requested.body()).isEqualTo(202);
    return requested.json().get("id").asText();
  }

  private String task(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
  }

  private void fire(ProcessInstance instance, String timer) {
    management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).activityId(timer)
        .singleResult().getId());
  }

  private List<Listed> listed(Http as, Partner organization, String query) {
    return listedIn(as.get("/api/organizations/" + organization.organizationId() + "/requests" + query));
  }

  private static List<Map.Entry<String, String>> steps(JsonNode detail) {
    return StreamSupport.stream(detail.get("steps").spliterator(), false)
        .map(step -> Map.entry(step.get("name").asText(), step.get("by").asText())).toList();
  }
}
