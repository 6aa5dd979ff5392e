package org.pmc.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.review.internal.ReviewProcess;
import org.pmc.review.internal.TasklistSetup;
import org.springframework.beans.factory.annotation.Autowired;

/** The RSC decides over Camunda's REST API as a Camunda user of group rsc; partners cannot (R-LOC-5). */
class ReviewApiTest extends IntegrationTest {

  static final String REVIEWER = "rsc-test";
  static final String REVIEWER_PASSWORD = "reviewer-secret";

  @Autowired
  TestPartners partners;
  @Autowired
  IdentityService identity;
  @Autowired
  TaskService tasks;
  @Autowired
  FilterService filters;

  Partner partner;
  Http admin;

  @BeforeEach
  void setUp() {
    partner = partners.register("DE");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    if (identity.createGroupQuery().groupId("rsc").count() == 0) {
      identity.saveGroup(identity.newGroup("rsc"));
    }
    if (identity.createUserQuery().userId(REVIEWER).count() == 0) {
      User user = identity.newUser(REVIEWER);
      user.setFirstName("Riley");
      user.setLastName("Reviewer");
      user.setEmail("rsc-test@rsc.example");
      user.setPassword(REVIEWER_PASSWORD);
      identity.saveUser(user);
      identity.createMembership(REVIEWER, "rsc");
    }
  }

  @Test
  @DisplayName("R-LOC-5, R-LOC-6, issue 13: rsc completes rscReview over /engine-rest; the location is dissociated, its children move to its parent; the partner sees the reviewer's name; it can be re-added")
  void reviewerApprovesOverEngineRest() {
    UUID berlin = addLocation("Berlin", partner.hqLocationId());
    UUID potsdam = addLocation("Potsdam", berlin);
    JsonNode review = admin.post(org("/locations/" + berlin + "/dissociation"), "{\"reason\": \"Office closed\"}")
        .json();
    String reviewId = review.get("id").asText();

    Http reviewer = new Http(port).as(REVIEWER, REVIEWER_PASSWORD);
    JsonNode found = reviewer.get("/engine-rest/task?processInstanceBusinessKey=" + reviewId
        + "&taskDefinitionKey=rscReview&candidateGroup=rsc").json();
    assertThat(found).hasSize(1);
    String taskId = found.get(0).get("id").asText();
    Http.Response completed = reviewer.post("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\": {\"approved\": {\"value\": true}, \"comment\": {\"value\": \"ok\"}}}");
    assertThat(completed.status()).isEqualTo(204);

    JsonNode decided = admin.get(org("/reviews/" + reviewId)).json();
    assertThat(decided.get("status").asText()).isEqualTo("COMPLETED");
    // Issue 13: the partner sees the reviewer's name, never the user id half of a staff sign-in.
    assertThat(decided.get("decidedBy").asText()).isEqualTo("Riley Reviewer");
    assertThat(decided.get("comment").asText()).isEqualTo("ok");
    JsonNode locations = admin.get(org("/locations")).json();
    for (JsonNode location : locations) {
      if (location.get("id").asText().equals(berlin.toString())) {
        assertThat(location.get("status").asText()).isEqualTo("DISSOCIATED");
      }
      if (location.get("id").asText().equals(potsdam.toString())) {
        assertThat(location.get("parentId").asText()).isEqualTo(partner.hqLocationId().toString());
      }
    }
    assertThat(filters.createFilterQuery().filterName(TasklistSetup.RSC_FILTER).count()).isEqualTo(1);

    // R-LOC-6: a dissociated location can be re-added; an active one cannot.
    Http.Response readded = admin.post(org("/locations/" + berlin + "/readd"),
        "{\"parentId\": \"" + partner.hqLocationId() + "\"}");
    assertThat(readded.status()).isEqualTo(200);
    assertThat(readded.json().get("status").asText()).isEqualTo("ACTIVE");
    Http.Response again = admin.post(org("/locations/" + berlin + "/readd"),
        "{\"parentId\": \"" + partner.hqLocationId() + "\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("rule").asText()).isEqualTo("R-LOC-6");
  }

  @Test
  @DisplayName("R-LOC-5: a partner admin cannot see or complete RSC tasks over /engine-rest")
  void partnerAdminCannotUseEngineRest() {
    UUID berlin = addLocation("Berlin", partner.hqLocationId());
    admin.post(org("/locations/" + berlin + "/dissociation"), "{\"reason\": \"Office closed\"}");
    String taskId = tasks.createTaskQuery().taskDefinitionKey("rscReview").list().get(0).getId();

    assertThat(admin.get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(admin.post("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\": {\"approved\": {\"value\": true}}}").status()).isEqualTo(401);
  }

  @Test
  @DisplayName("R-LOC-5: the HQ cannot be dissociated while other locations exist: 409 before any review starts")
  void headquartersRule() {
    addLocation("Berlin", partner.hqLocationId());
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(ReviewProcess.DISSOCIATION).count();

    Http.Response refused = admin.post(org("/locations/" + partner.hqLocationId() + "/dissociation"),
        "{\"reason\": \"Moving out\"}");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("rule").asText()).isEqualTo("R-LOC-5");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ReviewProcess.DISSOCIATION).count())
        .isEqualTo(before);
  }

  @Test
  @DisplayName("R-LOC-7: another organization's admin cannot ask for a merge of this organization")
  void anotherOrganizationCannotAsk() {
    Http other = new Http(port).as(partners.register("DE").adminEmail(), TestPartners.PASSWORD);
    assertThat(other.post(org("/merge"), "{\"otherOrganizationId\": \"" + UUID.randomUUID() + "\", \"reason\": \"x\"}")
        .status()).isEqualTo(403);
  }

  private UUID addLocation(String name, UUID parentId) {
    return UUID.fromString(admin.post(org("/locations"), """
        {"name": "%s", "country": "DE", "parentId": "%s"}""".formatted(name, parentId)).json().get("id").asText());
  }

  private String org(String path) {
    return "/api/organizations/" + partner.organizationId() + path;
  }
}
