package org.pmc.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.pmc.Http;
import org.pmc.Mails;
import org.pmc.SignUp;
import org.pmc.TestPartners;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The app is killed with SIGKILL in the middle of 500 customer-reference flows (R-REF-2, R-REF-5) and 20 paid
 * ABTK orders (R-ABTK-15), then started again on the same database: every reference and process instance is
 * still there, every flow completes, and no mail and no shipment is duplicated. The app runs in its own JVM
 * with the job executor on; the database and the SMTP server live in the test's JVM and survive the kill.
 */
// It starts the application itself, which alone may take 10 minutes on a loaded machine (AppProcess.START_UP).
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class CrashRecoveryTest {

  static final int FLOWS = 500;
  static final int ORDERS = 20;
  /** camunda.bpm.job-execution.core-pool-size of the app: jobs that can be mid-send at the kill. */
  static final int JOB_EXECUTOR_THREADS = 4;
  static final int KITS_PER_ORDER = 2; // a Welcome Kit and the kit of the location's one competency
  static final String PASSWORD = "a-long-password";
  static final String WEBHOOK_SECRET = "crash-test-secret";

  static EmbeddedPostgres database;
  static GreenMail smtp;
  static int port;

  final ExecutorService clients = Executors.newFixedThreadPool(4);
  final Set<String> answered = ConcurrentHashMap.newKeySet();
  String organization;
  String headquarters;
  String adminEmail;

  @BeforeAll
  static void databaseAndSmtp() throws IOException {
    Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target")).toAbsolutePath(), "pg-crash-");
    database = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(true)
        .setOverrideWorkingDirectory(Files.createDirectories(dataDir.getParent().resolve(".pg-binaries")).toFile())
        .setServerConfig("synchronous_commit", "off").start();
    smtp = new GreenMail(new ServerSetup(AppProcess.freePort(), "127.0.0.1", "smtp"));
    smtp.start();
    port = AppProcess.freePort();
  }

  @AfterAll
  static void stopDatabaseAndSmtp() throws IOException {
    smtp.stop();
    database.close();
  }

  @Test
  @DisplayName("kill -9 mid-way through 500 reference flows and 20 orders: all there after restart, all complete, nothing twice")
  void killedMidwayEveryFlowCompletesOnce() throws Exception {
    AppProcess app = start("first");
    Instant began = Instant.now();
    register();
    List<JsonNode> orders = orders();
    List<Future<Integer>> created = new ArrayList<>();
    for (int n = 0; n < FLOWS; n++) {
      int flow = n;
      created.add(clients.submit(() -> admin().post(org("/references"), reference(flow)).status()));
    }
    for (Future<Integer> status : created) {
      assertThat(status.get(2, TimeUnit.MINUTES)).isEqualTo(201);
    }
    orders.forEach(this::pay);
    Instant halfway = Instant.now().plus(Duration.ofMinutes(4));
    while (answered.size() < FLOWS / 2) {
      // Issue 15: a deadline, so that mail which never comes fails the test instead of hanging the build.
      assertThat(Instant.now()).as("half the requests answered within 4 minutes").isBefore(halfway);
      answerNewRequests(FLOWS / 2 - answered.size());
    }

    awaitJobsInFlight();
    app.kill();
    int answeredBeforeKill = answered.size();
    int mailsBeforeKill = smtp.getReceivedMessages().length;
    long lockedAtKill = lockedJobs();
    Set<Integer> inFlight = flowsWithLockedJobs();
    assertThat(lockedAtKill).as("jobs locked by the killed app: work was in flight").isPositive();
    assertThat(answeredBeforeKill).as("flows left to finish after the restart").isLessThan(FLOWS);
    app = start("second");
    try {
      Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
      while (!allComplete() && Instant.now().isBefore(deadline)) {
        answerNewRequests(FLOWS);
        Thread.sleep(500);
      }
      Thread.sleep(3_000); // a late duplicate would arrive now

      Map<String, Long> requests = count(mailsMatching(subject -> subject.startsWith("Please confirm")),
          Mails::recipient);
      Map<String, Long> notices = count(mailsMatching(subject -> subject.contains("Crash Co ")), Mails::subject);
      System.out.printf("Crash test: %d flows and %d orders started, killed after %d answers and %d mails with %d "
              + "jobs locked; after the restart %d reference requests and %d partner notices delivered (%d "
              + "duplicates), %d shipments, in %s%n",
          FLOWS, ORDERS, answeredBeforeKill, mailsBeforeKill, lockedAtKill, requests.size(), notices.size(),
          Stream.concat(requests.values().stream(), notices.values().stream()).mapToLong(c -> c - 1).sum(),
          shipments().size(), Duration.between(began, Instant.now()));
      assertThat(requests).hasSize(FLOWS);
      assertThat(notices).hasSize(FLOWS);
      // Mail is at least once (notification/SentMails): only a mail the SMTP server had accepted while its job's
      // ledger entry was not yet committed goes out again, at most one per job executor thread at the kill, and
      // only of a job the killed app had locked.
      long duplicates = Stream.concat(requests.values().stream(), notices.values().stream())
          .mapToLong(count -> count - 1).sum();
      assertThat(duplicates).as("mails sent twice").isLessThanOrEqualTo(JOB_EXECUTOR_THREADS);
      assertThat(Stream.concat(requests.entrySet().stream(), notices.entrySet().stream())
          .filter(mails -> mails.getValue() > 1).map(mails -> flow(mails.getKey())))
          .as("flows mailed twice: none whose jobs were not locked at the kill").allMatch(inFlight::contains);
      assertThat(references().findValuesAsText("status").stream().collect(Collectors.groupingBy(s -> s,
          Collectors.counting()))).containsExactlyInAnyOrderEntriesOf(Map.of("APPROVED", (long) FLOWS / 2,
          "DECLINED", (long) FLOWS / 2));
      assertThat(engineCount("/history/process-instance/count?processDefinitionKey=customer-reference"))
          .isEqualTo(FLOWS);
      assertThat(engineCount("/process-instance/count?processDefinitionKey=customer-reference&activityIdIn="
          + "expiryWarningDue")).as("approved references wait for their expiry warning").isEqualTo(FLOWS / 2);
      assertThat(engineCount("/incident/count")).isZero();
      assertThat(shipments()).hasSize(ORDERS * KITS_PER_ORDER);
      assertThat(count(shipments(), shipment -> shipment.get("locationId").asText() + shipment.get("kind").asText()
          + shipment.get("items").asText()).values()).as("shipments twice").containsOnly(1L);
      assertThat(admin().get(org("/abtk/orders")).json().findValuesAsText("status")).hasSize(ORDERS)
          .containsOnly("FULFILLED");
    } finally {
      app.stop();
      clients.shutdownNow();
    }
  }

  private AppProcess start(String name) throws Exception {
    List<String> arguments = new ArrayList<>(AppProcess.against(database.getPort(), smtp.getSmtp().getPort(), port));
    arguments.addAll(List.of("--pmc.payments.webhook-secret=" + WEBHOOK_SECRET,
        // A killed node's locked jobs are taken over once their lock expires (5 minutes by default).
        "--camunda.bpm.job-execution.lock-time-in-millis=10000",
        "--pmc.answers.redelivery-interval=PT5S"));
    AppProcess app = AppProcess.start(name, port, arguments);
    app.awaitHealthy();
    return app;
  }

  private void register() {
    adminEmail = "crash-admin@crash.example";
    JsonNode registered = new SignUp(port, smtp).register("Phoenix Partners", "DE", "Cora", "Crash", adminEmail,
        PASSWORD);
    organization = registered.get("id").asText();
    headquarters = registered.get("hqLocationId").asText();
    TestPartners.raiseMailQuota(port, organization); // issue 14: 500 references, past a new organization's 200
  }

  /** One SILVER order per new branch with one earned competency (R-ABTK-2..6), awaiting payment. */
  private List<JsonNode> orders() {
    Http staff = new Http(port).asCamundaAdmin();
    List<JsonNode> orders = new ArrayList<>();
    for (int n = 0; n < ORDERS; n++) {
      String branch = admin().post(org("/locations"), """
          {"name": "Branch %d", "country": "DE", "parentId": "%s",
           "address": {"line1": "1 Main Street", "city": "Berlin", "postalCode": "10115", "country": "DE"}}""".formatted(n, headquarters)).json().get("id").asText();
      assertThat(staff.put("/api/admin/locations/" + branch + "/competencies/DATACENTER",
          "{\"level\": \"SILVER\", \"status\": \"ACTIVE_EARNED\"}").status()).isEqualTo(200);
      Http.Response order = admin().post(org("/abtk/orders"), """
          {"locationId": "%s", "level": "SILVER"}""".formatted(branch));
      assertThat(order.status()).as(order.body()).isEqualTo(201);
      orders.add(order.json());
    }
    return orders;
  }

  private void pay(JsonNode order) {
    assertThat(new PaymentProvider(port, WEBHOOK_SECRET).notify(order.get("invoiceId").asText(),
        order.get("price").toString(), "PAY-" + order.get("id").asText()).status()).isEqualTo(202);
  }

  /** Up to {@code most} customers whose request arrived answer through the link: even flows confirm, odd decline. */
  private void answerNewRequests(int most) throws Exception {
    List<Callable<Void>> answers = new ArrayList<>();
    for (MimeMessage mail : mailsMatching(subject -> subject.startsWith("Please confirm"))) {
      String customer = Mails.recipient(mail);
      if (answered.contains(customer) || answers.size() == most) {
        continue;
      }
      answers.add(() -> {
        answer(customer, Mails.answerLink(mail));
        return null;
      });
    }
    for (Future<Void> done : clients.invokeAll(answers)) {
      done.get(2, TimeUnit.MINUTES);
    }
  }

  private void answer(String customer, String link) {
    try {
      Http browser = new Http(port);
      String path = URI.create(link).getRawPath();
      Http.Response page = browser.get(path);
      Http.Response answer = browser.postForm(path, Map.of("answer", flow(customer) % 2 == 0 ? "confirm" : "decline",
          "_csrf", page.csrfToken()));
      if (answer.status() == 200) {
        answered.add(customer);
      }
    } catch (IllegalStateException appDown) {
      rethrowUnlessAppDown(appDown); // down: the customer clicks the link again later
    }
  }

  private boolean allComplete() {
    try {
      return answered.size() == FLOWS
          && mailsMatching(subject -> subject.contains("Crash Co ")).size() >= FLOWS
          && admin().get(org("/abtk/orders")).json().findValuesAsText("status").stream()
          .allMatch("FULFILLED"::equals);
    } catch (IllegalStateException stillStarting) {
      rethrowUnlessAppDown(stillStarting);
      return false;
    }
  }

  /** Http's failure to reach the app (an IOException) is expected while it is killed or restarts; others are not. */
  private static void rethrowUnlessAppDown(IllegalStateException failure) {
    if (!(failure.getCause() instanceof IOException)) {
      throw failure;
    }
  }

  /** Kills while the job executor holds jobs: waits (a few seconds at most) until some are locked. */
  private static void awaitJobsInFlight() throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (lockedJobs() == 0) {
      assertThat(Instant.now()).as("jobs locked by the job executor within 30 s").isBefore(deadline);
      Thread.sleep(5);
    }
  }

  private static long lockedJobs() {
    return jdbc().sql("select count(*) from act_ru_job where lock_owner_ is not null").query(Long.class).single();
  }

  /** The flows (by number) with a job the job executor had locked: the only ones that may mail twice. */
  private static Set<Integer> flowsWithLockedJobs() {
    return jdbc().sql("""
        select distinct r.customer_company from act_ru_job j
        join act_ru_execution e on e.id_ = j.process_instance_id_
        join customer_reference r on r.id::text = e.business_key_
        where j.lock_owner_ is not null""").query(String.class).list().stream().map(CrashRecoveryTest::flow)
        .collect(Collectors.toSet());
  }

  /** The flow a customer address, a subject or a company names: its only number. */
  private static int flow(String naming) {
    return Integer.parseInt(naming.replaceAll("\\D", ""));
  }

  private static JdbcClient jdbc() {
    return JdbcClient.create(database.getPostgresDatabase());
  }

  private List<MimeMessage> mailsMatching(java.util.function.Predicate<String> subject) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> subject.test(Mails.subject(mail))).toList();
  }

  private JsonNode references() {
    return admin().get(org("/references?size=500")).json();
  }

  private List<JsonNode> shipments() {
    List<JsonNode> shipments = new ArrayList<>();
    admin().get(org("/shipments?size=500")).json().forEach(shipments::add);
    return shipments;
  }

  private long engineCount(String path) {
    return new Http(port).asCamundaAdmin().get("/engine-rest" + path).json().get("count").asLong();
  }

  private static <T> Map<String, Long> count(List<T> items, Function<T, String> key) {
    return items.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }

  private String reference(int flow) {
    return """
        {"customerCompany": "Crash Co %d", "contactName": "Carl Customer", "contactEmail": "customer%d@crash.example",
         "description": "Survived a crash", "locationId": "%s", "competency": "DATACENTER"}"""
        .formatted(flow, flow, headquarters);
  }

  private Http admin() {
    return new Http(port).as(adminEmail, PASSWORD);
  }

  private String org(String path) {
    return "/api/organizations/" + organization + path;
  }
}
