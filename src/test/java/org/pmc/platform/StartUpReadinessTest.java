package org.pmc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.pmc.Http;
import org.pmc.PmcApplication;
import org.pmc.SignUp;
import org.pmc.web.ProblemType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 13: Tomcat takes requests before the processes are deployed; a registration in that window answered
 * 500 ("no processes deployed with key 'competency-renewal'"). The application is started here in-process, as
 * the test profile does (a fresh embedded PostgreSQL, GreenMail), while the test thread registers an
 * organization every 100 ms from the moment the port opens. Runs in the surefire execution of its own (see
 * pom.xml), since a second application context registers a second engine in Camunda's static registries.
 */
// It starts the application itself, which alone may take 10 minutes on a loaded machine (AppProcess.START_UP).
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class StartUpReadinessTest {

  private static final Duration START_UP = Duration.ofMinutes(10);
  private static final Duration INTERVAL = Duration.ofMillis(100);
  private static final int MAX_REGISTRATIONS = 3_000;
  private static final int REGISTRATIONS_AFTER_START_UP = 5;

  @Test
  @DisplayName("issue 13: until the app is ready every registration answers 503 with Retry-After, then 202 (issue 14, R-PPL-7), and its link creates the organization; never 500; probes UP")
  void noRequestIsServedBeforeTheApplicationIsReady() throws Exception {
    int port = freePort();
    ExecutorService starter = Executors.newSingleThreadExecutor();
    Future<ConfigurableApplicationContext> starting = starter.submit(() -> start(port));
    try {
      awaitPort(port, starting);
      Http client = new Http(port);
      List<Registration> registrations = new ArrayList<>();
      List<String> readinessDuringStartUp = new ArrayList<>();
      Instant deadline = Instant.now().plus(START_UP);
      int afterStartUp = 0;
      while (afterStartUp < REGISTRATIONS_AFTER_START_UP && registrations.size() < MAX_REGISTRATIONS
          && Instant.now().isBefore(deadline)) {
        boolean startedUp = starting.isDone();
        registrations.add(new Registration(startedUp, register(client, registrations.size())));
        afterStartUp += startedUp ? 1 : 0;
        if (!startedUp) {
          readinessDuringStartUp.add(client.get("/actuator/health/readiness").json().get("status").asText());
        }
        Thread.sleep(INTERVAL.toMillis());
      }
      starting.get(); // a failed start-up fails here, with its cause

      assertThat(registrations).extracting(r -> r.answer().status()).as("answers in order")
          .doesNotContain(500).isSubsetOf(503, 202).contains(503, 202);
      assertThat(registrations).filteredOn(r -> r.answer().status() == 503).allSatisfy(r -> {
        assertThat(r.answer().header("Retry-After")).as("Retry-After").matches("\\d+");
        assertThat(r.answer().header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.answer().problemType()).contains(ProblemType.UNAVAILABLE);
      });
      assertThat(registrations).filteredOn(Registration::afterStartUp).hasSize(REGISTRATIONS_AFTER_START_UP)
          .allSatisfy(r -> assertThat(r.answer().status()).isEqualTo(202));
      // 202 only from readiness on: no refusal after the first registration that went through.
      List<Integer> statuses = registrations.stream().map(r -> r.answer().status()).toList();
      assertThat(statuses.subList(statuses.indexOf(202), statuses.size())).containsOnly(202);
      // Issue 14, R-PPL-7: the organization, and the processes it starts, come with the click on the mail's link.
      ConfigurableApplicationContext app = starting.get();
      JsonNode created = new SignUp(port, app.getBean(GreenMail.class),
          () -> SignUp.sendMails(app.getBean(ManagementService.class))).register("Ready Partner", "DE",
          "Eve", "Ready", "ready-" + UUID.randomUUID() + "@start-up.example", "tulip-harbour-lantern");
      assertThat(created.get("name").asText()).isEqualTo("Ready Partner");

      // The probe is never refused: it tells a load balancer when to send requests.
      assertThat(readinessDuringStartUp).as("readiness while starting").isSubsetOf("OUT_OF_SERVICE", "UP")
          .contains("OUT_OF_SERVICE");
      Http.Response liveness = client.get("/actuator/health/liveness");
      assertThat(liveness.status()).isEqualTo(200);
      assertThat(liveness.json().get("status").asText()).isEqualTo("UP");
      assertThat(liveness.json().get("components").fieldNames()).toIterable().containsExactly("livenessState");
      Http.Response readiness = client.get("/actuator/health/readiness");
      assertThat(readiness.status()).isEqualTo(200);
      assertThat(readiness.json().get("status").asText()).isEqualTo("UP");
      assertThat(readiness.json().get("components").fieldNames()).toIterable()
          .containsExactlyInAnyOrder("readinessState", "db");
    } finally {
      stop(starting, starter);
    }
  }

  private static ConfigurableApplicationContext start(int port) {
    return new SpringApplicationBuilder(PmcApplication.class).profiles("test").run(
        "--server.port=" + port,
        // A second engine and process application in this JVM need their own names in Camunda's registries.
        "--camunda.bpm.generate-unique-process-engine-name=true",
        "--camunda.bpm.generate-unique-process-application-name=true",
        "--spring.application.name=pmc-start-up");
  }

  private static Http.Response register(Http client, int n) {
    String email = "ready-" + n + "-" + UUID.randomUUID().toString().substring(0, 8) + "@start-up.example";
    return client.post("/api/organizations", """
        {"name": "Early Partner %d", "country": "DE", "admin": {"firstName": "Eve", "lastName": "Early",
         "email": "%s", "password": "tulip-harbour-lantern"}}""".formatted(n, email));
  }

  /** Until Tomcat accepts connections; a start-up that fails before that fails the test with its cause. */
  private static void awaitPort(int port, Future<ConfigurableApplicationContext> starting) throws Exception {
    Instant deadline = Instant.now().plus(START_UP);
    IOException refused = null;
    while (Instant.now().isBefore(deadline)) {
      if (starting.isDone()) {
        starting.get();
        return;
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("localhost", port), 100);
        return;
      } catch (IOException notYet) {
        refused = notYet;
        Thread.sleep(10);
      }
    }
    throw new AssertionError("The port did not open within " + START_UP, refused);
  }

  private static void stop(Future<ConfigurableApplicationContext> starting, ExecutorService starter)
      throws InterruptedException {
    try {
      starting.get(START_UP.toMinutes(), TimeUnit.MINUTES).close();
    } catch (Exception failedToStart) {
      // reported by the test itself
    } finally {
      starter.shutdownNow();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private record Registration(boolean afterStartUp, Http.Response answer) {}
}
