package org.pmc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.Metrics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.pmc.Http;
import org.pmc.Mailboxes;
import org.pmc.Mails;
import org.pmc.PmcApplication;
import org.pmc.SignUp;
import org.pmc.TestPartners;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Two application nodes on one PostgreSQL and one SMTP server, job executors on in both: a Camunda
 * homogeneous cluster. References are created through node A and answered through node B; neither node
 * holds anything the other needs (sessions, caches and links are all either stateless or in the database).
 */
// It starts the application itself, which alone may take 10 minutes on a loaded machine (AppProcess.START_UP).
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class TwoNodeClusterTest {

  private static final int FLOWS = 500;
  private static final String PASSWORD = "cluster-password";

  private static OutsideServices services;
  private static ConfigurableApplicationContext nodeA;
  private static ConfigurableApplicationContext nodeB;

  @BeforeAll
  static void startCluster() throws Exception {
    services = OutsideServices.start("cluster-");
    // One after the other, as in docker-compose.yml: the first node creates the tables.
    nodeA = node("A");
    nodeB = node("B");
  }

  @AfterAll
  static void stopCluster() throws Exception {
    for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeB, nodeA}) {
      if (node != null) {
        node.close();
      }
    }
    if (services != null) {
      services.close();
    }
  }

  private static ConfigurableApplicationContext node(String name) {
    List<String> arguments = new ArrayList<>(services.arguments());
    arguments.addAll(List.of(
        "--server.port=0",
        // Demo mode with an external database: the links point at localhost, the secrets are the test's.
        "--pmc.mode=demo",
        "--camunda.bpm.job-execution.enabled=true",
        "--camunda.bpm.job-execution.deployment-aware=false",
        // Idle nodes look for new jobs often, so both nodes pick up work within the test's few seconds.
        "--camunda.bpm.job-execution.wait-time-in-millis=200",
        "--camunda.bpm.job-execution.max-wait=1000",
        // Each node counts its own executed jobs in memory; never flushed, so the count is this node's.
        "--camunda.bpm.metrics.db-reporter-activate=false",
        // Two engines and process applications in one JVM need their own names in Camunda's registry.
        "--camunda.bpm.generate-unique-process-engine-name=true",
        "--camunda.bpm.generate-unique-process-application-name=true",
        "--spring.application.name=pmc-node-" + name));
    return new SpringApplicationBuilder(PmcApplication.class).profiles("test").run(arguments.toArray(String[]::new));
  }

  @Test
  @DisplayName("R-REF-1..3: 500 references created on node A, confirmed on node B: all approved, one mail each, both nodes worked")
  void referencesFlowAcrossTwoNodes() throws Exception {
    Http partnerOnA = new Http(port(nodeA));
    String adminEmail = "admin@cluster-partner.example";
    JsonNode organization = new SignUp(port(nodeA), services.mailServer()).register("Cluster Partner", "DE", "Ada",
        "Admin", adminEmail, PASSWORD);
    partnerOnA.as(adminEmail, PASSWORD);
    // Issue 14: 500 references, past a new organization's 200 mails a day.
    TestPartners.raiseMailQuota(port(nodeA), organization.get("id").asText());
    String references = "/api/organizations/" + organization.get("id").asText() + "/references";
    long jobsBeforeA = jobsDone(nodeA);
    long jobsBeforeB = jobsDone(nodeB);

    List<String> ids = inParallel(n -> partnerOnA.post(references, """
        {"customerCompany": "Customer %d", "contactName": "Contact %d", "contactEmail": "%s",
         "description": "Cluster project", "locationId": "%s", "competency": "MESSAGING"}"""
        .formatted(n, n, contact(n), organization.get("hqLocationId").asText())).json().get("id").asText());
    Mailboxes mailboxes = new Mailboxes(services.mailServer());
    ThreadLocal<Http> customers = ThreadLocal.withInitial(() -> new Http(port(nodeB)));
    List<Integer> answers = inParallel(n -> {
      String link = Mails.answerLink(mailboxes.first(contact(n), Duration.ofSeconds(90)));
      String page = link.substring(link.indexOf("/r/"));
      Http customerOnB = customers.get();
      Http.Response form = customerOnB.get(page);
      return customerOnB.postForm(page, Map.of("answer", "confirm", "_csrf", form.csrfToken())).status();
    });
    assertThat(answers).as("the customers' confirmations on node B").containsOnly(200);
    // The admin's mails: the registration's confirmation (R-PPL-7), then one notice per reference.
    awaitMails(mailboxes, adminEmail, FLOWS + 1);

    Http partnerOnB = new Http(port(nodeB)).as(adminEmail, PASSWORD);
    assertThat(ids).allSatisfy(id ->
        assertThat(partnerOnB.get(references + "/" + id).json().get("status").asText()).isEqualTo("APPROVED"));
    assertThat(IntStream.range(0, FLOWS)).allSatisfy(n ->
        assertThat(mailboxes.of(contact(n))).as("one request mail to " + contact(n)).hasSize(1));
    assertThat(mailboxes.of(adminEmail)).extracting(Mails::subject).doesNotHaveDuplicates().hasSize(FLOWS + 1);
    assertThat(jobsDone(nodeA) - jobsBeforeA).as("jobs run by node A").isPositive();
    assertThat(jobsDone(nodeB) - jobsBeforeB).as("jobs run by node B").isPositive();
    JdbcTemplate database = new JdbcTemplate(new SingleConnectionDataSource(
        services.jdbcUrl(), "postgres", "postgres", true));
    assertThat(database.queryForObject("select count(*) from act_ru_incident", Long.class)).isZero();
  }

  @Test
  @DisplayName("Issue 13: a portal session made on node A is honoured on node B (sessions live in PostgreSQL)")
  void portalSessionServedByEitherNode() {
    String email = "admin@session-partner.example";
    new SignUp(port(nodeA), services.mailServer()).register("Session Partner", "DE", "Sam", "Session", email,
        PASSWORD);
    Http onA = new Http(port(nodeA)).signIn(email, PASSWORD);

    Http.Response onB = onA.sameBrowserOn(port(nodeB)).get("/portal");

    assertThat(onB.status()).isEqualTo(200);
    assertThat(onB.body()).contains("Session Partner", "Sam Session");
  }

  private static String contact(int n) {
    return "contact" + n + "@cluster-customer.example";
  }

  /** One task per flow, eight at a time, as many users at once would. */
  private static <T> List<T> inParallel(Flow<T> flow) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<T>> running = new ArrayList<>();
      for (int n = 0; n < FLOWS; n++) {
        int flowNumber = n;
        running.add(pool.submit(() -> flow.run(flowNumber)));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> result : running) {
        results.add(result.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void awaitMails(Mailboxes mailboxes, String address, int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (mailboxes.of(address).size() < count && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
  }

  private static long jobsDone(ConfigurableApplicationContext node) {
    ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) node.getBean(ProcessEngine.class)
        .getProcessEngineConfiguration();
    return engine.getMetricsRegistry().getDbMeterByName(Metrics.JOB_SUCCESSFUL).get();
  }

  private static int port(ConfigurableApplicationContext node) {
    return ((WebServerApplicationContext) node).getWebServer().getPort();
  }

  private interface Flow<T> {
    T run(int n) throws Exception;
  }
}
