package org.pmc.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.SignUp;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.people.internal.Invitations;
import org.pmc.web.ProblemType;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two admins act on the same thing at the same moment, each in their own session: one wins, the other gets a
 * 409 with problem+json, and nothing is half-written. (Two ABTK orders for one location at once:
 * AbtkOrdersTest.simultaneousOrdersOneAccepted, R-ABTK-3.) Repeated, since a race does not always collide.
 */
class ConcurrentAdminsTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  Invitations invitations;

  Partner partner;
  ExecutorService admins = Executors.newFixedThreadPool(2);

  @BeforeEach
  void partner() {
    partner = partners.register("FR");
  }

  @AfterEach
  void stop() {
    admins.shutdownNow();
  }

  @RepeatedTest(3)
  @DisplayName("R-PPL-3: two admins decide the same association request at once: one decision counts, the other 409")
  void sameAssociationRequestDecidedTwice() throws Exception {
    String email = "paul." + System.nanoTime() + "@race.example";
    signUp().requestAssociation(partner.partnerNumber(), partner.hqLocationId(), "Paul",
        "Pending", email);
    String person = SignUp.personId(admin(), partner.organizationId(), email).toString();

    List<Http.Response> answers = race(
        admin -> admin.post(org("/people/" + person + "/approve"), ""),
        admin -> admin.post(org("/people/" + person + "/reject"), ""));

    Http.Response winner = oneWinsOneConflicts(answers);
    // Approved, a requester is sent the invitation to complete their profile (R-PPL-3).
    String expected = winner == answers.get(0) ? "AWAITING_PROFILE" : "REJECTED";
    assertThat(admin().get(org("/people?email=" + email)).json().findValuesAsText("status")).containsExactly(expected);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(person).count()).isZero();
  }

  @RepeatedTest(3)
  @DisplayName("R-REF-6: two admins assign the same reference at once: one assignment holds, a collision is a 409")
  void sameReferenceReassignedTwice() throws Exception {
    String reference = reference();
    String paris = location("Paris");
    String lyon = location("Lyon");

    List<Http.Response> answers = race(
        admin -> admin.put(org("/references/" + reference + "/assignment"), assignment(paris)),
        admin -> admin.put(org("/references/" + reference + "/assignment"), assignment(lyon)));

    // Without a version in the request two assignments that do not overlap are both carried out, in turn.
    assertThat(answers).extracting(Http.Response::status).containsAnyOf(200).allMatch(s -> s == 200 || s == 409);
    String stored = admin().get(org("/references/" + reference)).json().get("locationId").asText();
    if (answers.stream().anyMatch(answer -> answer.status() == 409)) {
      assertThat(stored).isEqualTo(oneWinsOneConflicts(answers).json().get("locationId").asText());
    }
    assertThat(stored).isIn(paris, lyon);
  }

  @RepeatedTest(3)
  @DisplayName("R-REF-4: two admins withdraw the same reference at once: withdrawn once, the other told why")
  void sameReferenceWithdrawnTwice() throws Exception {
    String reference = reference();

    List<Http.Response> answers = race(
        admin -> admin.post(org("/references/" + reference + "/withdraw"), ""),
        admin -> admin.post(org("/references/" + reference + "/withdraw"), ""));

    oneWinsOneConflicts(answers);
    assertThat(admin().get(org("/references/" + reference)).json().get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
  }

  @RepeatedTest(3)
  @DisplayName("Issue 14, R-ROLE-4: two global admins demote each other at once: one global admin is left")
  void globalAdminsDemoteEachOther() throws Exception {
    String email = "gina." + System.nanoTime() + "@race.example";
    String second = admin().post(org("/invitations"), """
        {"emails": "%s", "locationId": "%s"}""".formatted(email, partner.hqLocationId()))
        .json().get("invited").get(0).get("individualId").asText();
    invitations.completeProfile(UUID.fromString(second), "Gina", "Global", TestPartners.PASSWORD);
    assertThat(admin().put(org("/admins/" + second), "{\"role\": \"GLOBAL_ADMIN\"}").status()).isEqualTo(200);

    Http gina = new Http(port).as(email, TestPartners.PASSWORD);
    gina.get(org("/people")); // her first request checks her password (slow); then both leave alike

    List<Http.Response> answers = race(
        admin(), admin -> admin.delete(org("/admins/" + second)),
        gina, admin -> admin.delete(org("/admins/" + partner.adminId())));

    // The later one is refused: 409 under the lock, or 403 once its sender is no global admin any more.
    assertThat(answers).extracting(Http.Response::status).as(answers.get(0).body() + " / " + answers.get(1).body())
        .containsOnlyOnce(204).containsAnyOf(403, 409);
    Http survivor = answers.get(0).status() == 204 ? admin() : gina;
    List<String> roles = List.of(partner.adminEmail(), email).stream()
        .map(address -> survivor.get(org("/people?email=" + address)).json().get(0).get("role").asText())
        .toList();
    assertThat(roles).containsExactlyInAnyOrder("GLOBAL_ADMIN", "MEMBER");
  }

  @RepeatedTest(3)
  @DisplayName("Issue 14, R-LOC-3: two crossing moves at once (A under B, B under A): one is refused, no cycle")
  void crossingMovesMakeNoCycle() throws Exception {
    String a = location("A");
    String b = location("B");

    List<Http.Response> answers = race(
        admin -> admin.post(org("/locations/" + a + "/move"), "{\"parentId\": \"" + b + "\"}"),
        admin -> admin.post(org("/locations/" + b + "/move"), "{\"parentId\": \"" + a + "\"}"));

    oneWinsOneConflicts(answers);
    assertThat(answers).extracting(answer -> answer.json().has("rule") ? answer.json().get("rule").asText() : "")
        .contains("R-LOC-3");
    Map<String, String> parents = new HashMap<>();
    admin().get(org("/locations")).json().forEach(node -> parents.put(node.get("id").asText(),
        node.get("parentId").isNull() ? null : node.get("parentId").asText()));
    for (String start : List.of(a, b)) {
      Set<String> seen = new HashSet<>();
      for (String at = start; at != null; at = parents.get(at)) {
        assertThat(seen.add(at)).as("cycle through " + at).isTrue();
      }
      assertThat(seen).contains(partner.hqLocationId().toString());
    }
  }

  /** Both requests leave together, each from its own client. */
  private List<Http.Response> race(Function<Http, Http.Response> first, Function<Http, Http.Response> second)
      throws Exception {
    return race(admin(), first, admin(), second);
  }

  /** Both requests leave together, from these two clients. */
  private List<Http.Response> race(Http one, Function<Http, Http.Response> first, Http other,
      Function<Http, Http.Response> second) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    Future<Http.Response> a = admins.submit(() -> {
      start.await();
      return first.apply(one);
    });
    Future<Http.Response> b = admins.submit(() -> {
      start.await();
      return second.apply(other);
    });
    start.countDown();
    return List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
  }

  private static Http.Response oneWinsOneConflicts(List<Http.Response> answers) {
    assertThat(answers).extracting(Http.Response::status).as(answers.get(0).body() + " / " + answers.get(1).body())
        .containsExactlyInAnyOrder(200, 409);
    Http.Response loser = answers.stream().filter(answer -> answer.status() == 409).findFirst().orElseThrow();
    assertThat(loser.header("Content-Type")).contains("application/problem+json");
    // The second may meet the first's change (conflict) or, once it is saved, the rule it broke (business-rule).
    assertThat(loser.problemType().orElseThrow()).isIn(ProblemType.CONFLICT, ProblemType.BUSINESS_RULE);
    assertThat(loser.json().get("detail").asText()).isNotBlank();
    return answers.stream().filter(answer -> answer.status() == 200).findFirst().orElseThrow();
  }

  private String reference() {
    Http.Response created = admin().post(org("/references"), """
        {"customerCompany": "Race SA", "contactName": "Rémi Race", "contactEmail": "remi@race.example",
         "description": "Two admins, one reference", "locationId": "%s", "competency": "DATACENTER"}"""
        .formatted(partner.hqLocationId()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asText();
  }

  private String location(String name) {
    JsonNode created = admin().post(org("/locations"), """
        {"name": "%s", "country": "FR", "parentId": "%s"}""".formatted(name, partner.hqLocationId())).json();
    return created.get("id").asText();
  }

  private static String assignment(String location) {
    return "{\"locationId\": \"%s\", \"competency\": \"DATACENTER\"}".formatted(location);
  }

  private Http admin() {
    return new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
  }

  private String org(String path) {
    return "/api/organizations/" + partner.organizationId() + path;
  }
}
