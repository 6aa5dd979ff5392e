package org.pmc.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.people.internal.Invitations;
import org.pmc.review.internal.ReviewProcess;
import org.springframework.beans.factory.annotation.Autowired;

/** The partner's side of RSC reviews in the portal and the API: list, withdraw, answer (R-REV-4), re-add (R-LOC-6). */
class PartnerReviewsTest extends IntegrationTest {

  private static final String QUESTION = "Who takes over the Odense customers?";
  private static final String PASSWORD = "a-long-password";

  @Autowired
  TestPartners partners;
  @Autowired
  TaskService tasks;
  @Autowired
  Invitations invitations;

  Partner partner;
  Http admin;
  Http browser;

  @BeforeEach
  void signIn() {
    partner = partners.register("DK");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    browser = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);
  }

  @Test
  @DisplayName("R-REV-4: the partner lists its reviews newest first with status, requester, impact and the RSC's question; the Reviews page shows them; a member gets 403")
  void listAndReviewsPage() {
    assertThat(admin.get(org("/reviews")).json()).isEmpty();
    assertThat(browser.get("/portal/reviews").page().text()).contains("No reviews yet");
    String dissociation = requestDissociation(addLocation("Odense")).get("id").asText();
    Partner other = partners.register("SE");
    String merge = admin.post(org("/merge"), """
        {"otherOrganizationId": "%s", "reason": "We bought them"}""".formatted(other.organizationId()))
        .json().get("id").asText();
    ask(instance(dissociation), QUESTION);

    Http.Response list = admin.get(org("/reviews?size=1"));
    assertThat(list.header("X-Total-Count")).isEqualTo("2");
    assertThat(list.json().findValuesAsText("id")).containsExactly(merge);
    JsonNode reviews = admin.get(org("/reviews")).json();
    assertThat(reviews.findValuesAsText("id")).containsExactly(merge, dissociation);
    assertThat(reviews.get(0).get("status").asText()).isEqualTo("AWAITING_CONSENT"); // R-LOC-8
    assertThat(reviews.get(1).get("status").asText()).isEqualTo("QUESTION");
    assertThat(reviews.get(1).get("question").asText()).isEqualTo(QUESTION);
    assertThat(reviews.get(1).get("requestedBy").asText()).isEqualTo(partner.adminEmail());
    assertThat(reviews.get(1).get("requestedAt").isNull()).isFalse();

    Document page = browser.get("/portal/reviews").page();
    assertThat(page.select(".review")).hasSize(2);
    assertThat(page.select("#review-" + dissociation + " .status").text()).isEqualTo("Question");
    assertThat(page.select("#review-" + dissociation + " .question").text()).isEqualTo(QUESTION);
    assertThat(page.select("#review-" + dissociation + " .impact").text()).isNotEmpty();
    assertThat(page.select("#review-" + merge).text()).contains(other.name()).contains(partner.adminEmail());
    assertThat(page.select(".withdraw")).hasSize(2);
    assertThat(browser.get("/portal/locations").page().select("a[href=/portal/reviews]")).hasSize(1);

    assertThat(member().get(org("/reviews")).status()).isEqualTo(403);
  }

  @Test
  @DisplayName("R-REV-4: a waiting dissociation withdrawn from the Reviews page ends its process at Withdrawn with no task or job left; withdrawn again 409; another organization's 404")
  void withdrawFromTheReviewsPage() {
    String review = requestDissociation(addLocation("Odense")).get("id").asText();
    ProcessInstance instance = instance(review);
    assertThat(instance).isWaitingAt(ReviewProcess.RSC_REVIEW);

    Http.Response withdrawn = browser.submit("/portal/reviews/" + review + "/withdraw", Map.of());
    assertThat(browser.follow(withdrawn).page().select(".alert-success").text()).contains("withdrawn");

    assertThat(instance).isEnded().hasPassed("reviewWithdrawn", "withdrawn").hasNotPassed("carryOut");
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(management.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
    JsonNode shown = admin.get(org("/reviews/" + review)).json();
    assertThat(shown.get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(shown.get("decidedBy").asText()).isEqualTo(partner.adminEmail());
    assertThat(admin.get(org("/activity")).body()).contains("REVIEW_WITHDRAWN");

    Http.Response again = admin.post(org("/reviews/" + review + "/withdraw"), "{}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains("R-REV-4");
    Partner stranger = partners.register("DK");
    assertThat(new Http(port).as(stranger.adminEmail(), TestPartners.PASSWORD)
        .post("/api/organizations/" + stranger.organizationId() + "/reviews/" + review + "/withdraw", "{}").status())
        .isEqualTo(404);
  }

  @Test
  @DisplayName("R-REV-4: a merge withdrawn over the API while the RSC's question waits ends its process; the partner's task goes with it")
  void withdrawMergeWhileTheQuestionWaits() {
    Partner other = partners.register("SE");
    String review = admin.post(org("/merge"), """
        {"otherOrganizationId": "%s", "reason": "We bought them"}""".formatted(other.organizationId()))
        .json().get("id").asText();
    runDueJobsOf(byBusinessKey(review)); // the other organization is asked
    assertThat(new Http(port).as(other.adminEmail(), TestPartners.PASSWORD).post("/api/organizations/"
        + other.organizationId() + "/reviews/" + review + "/consent", "{\"accept\": true}").status())
        .isEqualTo(200); // R-LOC-8: the other organization consents first
    ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(ReviewProcess.MERGE)
        .processInstanceBusinessKey(review).singleResult();
    ask(instance, "Who keeps the Stockholm customers?");
    assertThat(instance).isWaitingAt(ReviewProcess.ANSWER_QUESTION);

    Http.Response withdrawn = admin.post(org("/reviews/" + review + "/withdraw"), "{}");

    assertThat(withdrawn.status()).isEqualTo(200);
    assertThat(withdrawn.json().get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(instance).isEnded().hasPassed("answerQuestion", "withdrawn").hasNotPassed("carryOut");
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(admin.get(org("/locations")).json().findValuesAsText("id"))
        .doesNotContain(other.hqLocationId().toString());
  }

  @Test
  @DisplayName("R-REV-4: a review the RSC decided cannot be withdrawn (409 naming R-REV-4); a member may not try (403)")
  void withdrawAfterTheDecision() {
    String review = requestDissociation(addLocation("Odense")).get("id").asText();
    ProcessInstance instance = instance(review);
    tasks.complete(task(instance).getId(), Map.of("approved", false, "comment", "Keep it"));

    assertThat(member().post(org("/reviews/" + review + "/withdraw"), "{}").status()).isEqualTo(403);
    Http.Response refused = admin.post(org("/reviews/" + review + "/withdraw"), "{}");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body()).contains("R-REV-4");
    assertThat(admin.get(org("/reviews/" + review)).json().get("status").asText()).isEqualTo("REJECTED");
  }

  @Test
  @DisplayName("R-REV-4: the RSC's question on a dissociation shows on Tasks for the global admin and the location's admin, not another location's; answered from Tasks it goes back to the reviewer")
  void questionAnsweredFromTasks() {
    UUID odense = addLocation("Odense");
    UUID aalborg = addLocation("Aalborg");
    String odenseAdmin = locationAdmin(odense);
    String aalborgAdmin = locationAdmin(aalborg);
    String review = requestDissociation(odense).get("id").asText();
    ProcessInstance instance = instance(review);
    ask(instance, QUESTION);

    assertThat(questionsOnTasks(browser)).containsExactly(QUESTION);
    assertThat(questionsOnTasks(portal(aalborgAdmin))).isEmpty();
    assertThat(new Http(port).as(aalborgAdmin, PASSWORD).post(org("/reviews/" + review + "/answer"),
        "{\"answer\": \"Us\"}").status()).isEqualTo(403);
    Http manager = portal(odenseAdmin);
    assertThat(questionsOnTasks(manager)).containsExactly(QUESTION);
    assertThat(manager.get("/portal").page().select("a[href=/portal/tasks] span").text()).isEqualTo("1");
    assertThat(manager.get("/portal").page().select("a[href=/portal/tasks#questions] span").text())
        .as("the home page counts each kind apart").isEqualTo("1");
    String action = manager.get("/portal/tasks").page().select(".partner-question form").attr("action");

    Http.Response answered = manager.submit(action, Map.of("answer", "Our Copenhagen office"));

    assertThat(answered.redirectPath()).isEqualTo("/portal/tasks");
    assertThat(instance).isWaitingAt(ReviewProcess.RSC_REVIEW).task().hasCandidateGroup("rsc");
    assertThat(runtime.getVariable(instance.getId(), ReviewProcess.PARTNER_ANSWER)).isEqualTo("Our Copenhagen office");
    assertThat(runtime.getVariable(instance.getId(), ReviewProcess.ASKED_QUESTION)).isEqualTo(QUESTION);
    assertThat(questionsOnTasks(browser)).isEmpty();
    Http.Response again = admin.post(org("/reviews/" + review + "/answer"), "{\"answer\": \"Again\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains("R-REV-4");
  }

  @Test
  @DisplayName("R-REV-4: the partner answers the RSC's question over the API (400 naming answer when blank); the review is back with the reviewer")
  void questionAnsweredOverTheApi() {
    String review = requestDissociation(addLocation("Odense")).get("id").asText();
    ProcessInstance instance = instance(review);
    ask(instance, QUESTION);

    Http.Response blank = admin.post(org("/reviews/" + review + "/answer"), "{\"answer\": \" \"}");
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.body()).contains("answer");
    Http.Response answered = admin.post(org("/reviews/" + review + "/answer"), "{\"answer\": \"Copenhagen\"}");

    assertThat(answered.status()).isEqualTo(200);
    assertThat(answered.json().get("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(instance).isWaitingAt(ReviewProcess.RSC_REVIEW).task().hasCandidateGroup("rsc");
    assertThat(runtime.getVariable(instance.getId(), ReviewProcess.PARTNER_ANSWER)).isEqualTo("Copenhagen");
  }

  @Test
  @DisplayName("R-LOC-6: a global admin re-adds a dissociated location from Manage Locations under the chosen parent; lost benefits are not restored")
  void readdFromManageLocations() {
    UUID odense = addLocation("Odense");
    ProcessInstance instance = instance(requestDissociation(odense).get("id").asText());
    tasks.complete(task(instance).getId(), Map.of("approved", true, "comment", "Fine"));
    assertThat(status(odense)).isEqualTo("DISSOCIATED");
    Document locations = browser.get("/portal/locations").page();
    assertThat(locations.select("#location-" + odense + " .readd-form")).hasSize(1);

    Http.Response withoutParent = browser.submit("/portal/locations/" + odense + "/readd", Map.of());
    assertThat(browser.follow(withoutParent).page().select(".alert-danger").text()).contains("Choose the location");
    Http.Response readded = browser.submit("/portal/locations/" + odense + "/readd",
        Map.of("parentId", partner.hqLocationId().toString()));

    assertThat(browser.follow(readded).page().select(".alert-success").text()).contains("re-added")
        .contains("not restored");
    assertThat(status(odense)).isEqualTo("ACTIVE");
    assertThat(browser.get("/portal/locations").page().select("#location-" + odense + " .readd-form")).isEmpty();
  }

  /** The reviewer asks the partner and the question mail goes out: the review waits at answerQuestion. */
  private void ask(ProcessInstance instance, String question) {
    tasks.complete(task(instance).getId(), Map.of("approved", false, "comment", "", "question", question));
    runDueJobs(instance.getId());
  }

  private static java.util.List<String> questionsOnTasks(Http portal) {
    return portal.get("/portal/tasks").page().select(".partner-question .question").eachText();
  }

  private JsonNode requestDissociation(UUID locationId) {
    Http.Response response = admin.post(org("/locations/" + locationId + "/dissociation"),
        "{\"reason\": \"We closed the office\"}");
    assertThat(response.status()).isEqualTo(202);
    return response.json();
  }

  private ProcessInstance instance(String reviewId) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reviewId).singleResult();
  }

  private Task task(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private UUID addLocation(String name) {
    return UUID.fromString(admin.post(org("/locations"), """
        {"name": "%s", "country": "DK", "parentId": "%s"}""".formatted(name, partner.hqLocationId()))
        .json().get("id").asText());
  }

  private String status(UUID locationId) {
    for (JsonNode location : admin.get(org("/locations")).json()) {
      if (location.get("id").asText().equals(locationId.toString())) {
        return location.get("status").asText();
      }
    }
    throw new AssertionError("No location " + locationId);
  }

  /** A new person of the organization at its HQ, with a password; a member until appointed. */
  private String person() {
    String email = "person-" + UUID.randomUUID().toString().substring(0, 8) + "@partner.example";
    String id = admin.post(org("/invitations"), "{\"emails\": \"" + email + "\", \"locationId\": \""
        + partner.hqLocationId() + "\"}").json().get("invited").get(0).get("individualId").asText();
    invitations.completeProfile(UUID.fromString(id), "First", "Last", PASSWORD);
    return email;
  }

  private Http member() {
    return new Http(port).as(person(), PASSWORD);
  }

  /** A location admin of this location only (R-ROLE-4); their email. */
  private String locationAdmin(UUID locationId) {
    String email = person();
    String id = admin.get(org("/people?email=" + email)).json().get(0).get("id").asText();
    assertThat(admin.put(org("/admins/" + id), """
        {"role": "LOCATION_ADMIN", "locationIds": ["%s"]}""".formatted(locationId)).status()).isEqualTo(200);
    return email;
  }

  private Http portal(String email) {
    return new Http(port).signIn(email, PASSWORD);
  }

  private String org(String path) {
    return "/api/organizations/" + partner.organizationId() + path;
  }
}
