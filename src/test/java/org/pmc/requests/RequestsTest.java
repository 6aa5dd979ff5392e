package org.pmc.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A partner of its own per test, reading its requests over the API (api.md "The partner's overview"), and what the
 * tests compare them with: the engine's own instances and timers.
 */
abstract class RequestsTest extends IntegrationTest {

  @Autowired
  TestPartners partners;

  Partner partner;
  Http admin;

  @BeforeEach
  void partnerAndAdmin() {
    partner = partners.register("DE");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
  }

  /** One listed request as the tests compare it: every field a partner reads in the list. */
  record Listed(String type, String id, String title, String step, String waitingFor, String nextEvent,
      Instant nextEventAt) {

    static Listed of(JsonNode request) {
      return new Listed(request.get("type").asText(), request.get("id").asText(), request.get("title").asText(),
          request.get("step").asText(), request.get("waitingFor").asText(),
          request.hasNonNull("nextEvent") ? request.get("nextEvent").asText() : null,
          request.hasNonNull("nextEventAt") ? Instant.parse(request.get("nextEventAt").asText()) : null);
    }
  }

  /** The organization's open requests, as listed. */
  List<Listed> open() {
    return listedIn(admin.get(requests("")));
  }

  /** Only those waiting for the partner ("waiting for us"). */
  List<Listed> waitingForUs() {
    return listedIn(admin.get(requests("?waitingForUs=true")));
  }

  JsonNode detail(String type, String id) {
    Http.Response response = admin.get(requests("/" + type + "/" + id));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  /** The one request listed with this id. */
  Listed listed(String id) {
    List<Listed> found = open().stream().filter(request -> request.id().equals(id)).toList();
    assertThat(found).as("requests listed as " + id).hasSize(1);
    return found.get(0);
  }

  /**
   * The due date of the earliest timer job of the instance tree under this root (the instances it called
   * included), after checking that it is the job of this timer event: the next event the request names.
   */
  Instant earliestTimer(ProcessInstance root, String timerEvent) {
    Job first = management.createJobQuery().timers().rootProcessInstanceId(root.getId()).orderByJobDuedate().asc()
        .listPage(0, 1).get(0);
    assertThat(management.createJobDefinitionQuery().jobDefinitionId(first.getJobDefinitionId()).singleResult()
        .getActivityId()).as("the earliest timer of the request").isEqualTo(timerEvent);
    return first.getDuedate().toInstant();
  }

  /** The running root instance of this process with this business key. */
  ProcessInstance root(String processKey, Object businessKey) {
    return byBusinessKey(businessKey).processDefinitionKey(processKey).singleResult();
  }

  String org(String path) {
    return "/api/organizations/" + partner.organizationId() + path;
  }

  private String requests(String rest) {
    return org("/requests" + rest);
  }

  /** The requests of a list answer, e.g. another organization's. */
  static List<Listed> listedIn(Http.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return StreamSupport.stream(response.json().spliterator(), false).map(Listed::of).toList();
  }
}
