package org.pmc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.pmc.Http;
import org.pmc.SignUp;

/**
 * The partner's requests page for an organization with 1,000 open requests: customer references waiting for the
 * customer, each with its timer, started in the wait itself (no mail). Read by a few clients at once: the page
 * (first page of 50) and the API list; the target is p95 < 200 ms.
 */
final class OpenRequestsPage {

  static final int OPEN_REQUESTS = 1_000;
  private static final int CLIENTS = 4;
  private static final String PASSWORD = "benchmark-password";

  private final int port;
  private final GreenMail mailServer;
  private final RuntimeService runtime;

  OpenRequestsPage(int port, GreenMail mailServer, RuntimeService runtime) {
    this.port = port;
    this.mailServer = mailServer;
    this.runtime = runtime;
  }

  void measure(Results results, Duration warmUp, Duration time) throws Exception {
    String email = "requests-" + UUID.randomUUID().toString().substring(0, 8) + "@partner.bench";
    JsonNode organization = new SignUp(port, mailServer).register("Requests Partner", "DE", "Rita", "Requests", email,
        PASSWORD);
    String org = organization.get("id").asText();
    for (int i = 0; i < OPEN_REQUESTS; i++) {
      runtime.createProcessInstanceByKey("customer-reference").businessKey(UUID.randomUUID().toString())
          .setVariables(Map.of("organizationId", org, "requestTitle", "Customer reference: Customer " + i))
          .startBeforeActivity("sevenDaysWithoutAnswer")
          .execute();
    }
    Http[] pages = new Http[CLIENTS];
    Http[] api = new Http[CLIENTS];
    for (int i = 0; i < CLIENTS; i++) {
      pages[i] = new Http(port).signIn(email, PASSWORD);
      api[i] = new Http(port).as(email, PASSWORD);
    }
    check(api[0].get("/api/organizations/" + org + "/requests?size=1"));
    Load.Outcome page = Load.run(CLIENTS, warmUp, time, (worker, n) -> check(pages[worker].get("/portal/requests")));
    Load.Outcome list = Load.run(CLIENTS, warmUp, time,
        (worker, n) -> check(api[worker].get("/api/organizations/" + org + "/requests")));
    results.put("requestsPageP95Ms", page.latencies().percentileMs(95), 200, false, "ms");
    results.row("requestsPageP50Ms", page.latencies().percentileMs(50));
    results.put("requestsApiP95Ms", list.latencies().percentileMs(95), 200, false, "ms");
    results.row("requestsApiP50Ms", list.latencies().percentileMs(50));
  }

  private static void check(Http.Response response) {
    if (response.status() != 200) {
      throw new IllegalStateException("requests answered " + response.status());
    }
    if (response.header("X-Total-Count") != null
        && Integer.parseInt(response.header("X-Total-Count")) != OPEN_REQUESTS) {
      throw new IllegalStateException("requests listed " + response.header("X-Total-Count"));
    }
  }
}
