package org.pmc.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.Mails;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SMTP goes down in the middle of a burst of 200 reference requests (R-REF-2) and 200 invitations (R-PPL-1):
 * the mail steps are retried (R6/PT5M, issue 14), then wait as incidents; once SMTP is back an operator retries the
 * failed jobs, as in Cockpit, and every mail arrives exactly once.
 */
class SmtpOutageBurstTest extends IntegrationTest {

  static final int REFERENCES = 200;
  static final int INVITATIONS = 200;
  static final int RETRIES = 6;

  @Autowired
  TestPartners partners;

  Partner partner;
  Http admin;
  ExecutorService clients = Executors.newFixedThreadPool(4);

  @BeforeEach
  void partner() {
    partner = partners.register("NL");
    TestPartners.raiseMailQuota(port, partner.organizationId()); // issue 14: a burst past a new organization's 200
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
  }

  @AfterEach
  void smtpBackUp() {
    clients.shutdownNow();
    if (!mailServer.isRunning()) {
      mailServer.start();
    }
  }

  @Test
  @DisplayName("R-REF-2, R-PPL-1: SMTP down mid-burst: retried, incidents, retried by an operator: 400 mails, each once")
  void everyMailArrivesOnceAfterAnOutage() throws Exception {
    List<String> instances = new ArrayList<>(burst(0, REFERENCES / 2, INVITATIONS / 2));
    runJobs(jobsOf(instances));
    // GreenMail forgets its messages when it stops: count them now.
    List<String> deliveredBeforeOutage = recipients();

    mailServer.stop();
    List<String> duringOutage = burst(REFERENCES / 2, REFERENCES, INVITATIONS);
    instances.addAll(duringOutage);
    for (int attempt = 0; attempt < RETRIES; attempt++) {
      runJobsWhileSmtpIsDown(jobsOf(duringOutage)); // the job executor's six tries, five minutes apart
    }
    List<Job> failed = jobsOf(duringOutage).stream().filter(job -> job.getRetries() == 0).toList();
    long incidents = duringOutage.stream()
        .mapToLong(id -> runtime.createIncidentQuery().processInstanceId(id).count()).sum();
    assertThat(failed).hasSize(REFERENCES / 2 + INVITATIONS / 2);
    assertThat(incidents).isEqualTo(failed.size());

    mailServer.start();
    // What an operator does in Cockpit once SMTP is back: "Retry" on the failed jobs.
    management.setJobRetries(failed.stream().map(Job::getId).toList(), 1);
    runJobs(failed);

    List<String> deliveredAfterOutage = recipients();
    Map<String, Long> received = java.util.stream.Stream.concat(deliveredBeforeOutage.stream(),
        deliveredAfterOutage.stream()).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    System.out.printf("SMTP outage burst: %d requests sent, %d mails delivered before the outage, %d failed jobs "
            + "(%d incidents) retried, %d mails delivered after it, %d addresses reached%n", REFERENCES + INVITATIONS,
        deliveredBeforeOutage.size(), failed.size(), incidents, deliveredAfterOutage.size(), received.size());
    assertThat(deliveredBeforeOutage).hasSize(REFERENCES / 2 + INVITATIONS / 2);
    assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(expectedAddresses());
    assertThat(received.values()).as("duplicates").containsOnly(1L);
    assertThat(instances.stream().mapToLong(id -> runtime.createIncidentQuery().processInstanceId(id).count()).sum())
        .isZero();
    assertThat(references().findValuesAsText("status")).hasSize(REFERENCES).containsOnly("AWAITING_CUSTOMER");
    JsonNode progress = admin.get(org("/invitations/progress")).json();
    assertThat(progress.get("sent").asInt()).isEqualTo(INVITATIONS);
    assertThat(progress.get("failed").asInt()).isZero();
  }

  /** References {@code from..to} and invitations up to {@code invitationsTo}, sent at once; their instances. */
  private List<String> burst(int from, int to, int invitationsTo) throws Exception {
    Future<List<String>> invited = clients.submit(() -> invite(invitationsTo - INVITATIONS / 2, invitationsTo));
    List<Future<String>> referenced = new ArrayList<>();
    for (int n = from; n < to; n++) {
      String email = "customer" + n + "@burst.example";
      referenced.add(clients.submit(() -> referenceInstance(email)));
    }
    List<String> instances = new ArrayList<>(invited.get(2, TimeUnit.MINUTES));
    for (Future<String> each : referenced) {
      instances.add(each.get(2, TimeUnit.MINUTES));
    }
    return instances;
  }

  private String referenceInstance(String email) {
    Http.Response created = admin.post(org("/references"), """
        {"customerCompany": "Burst Ltd", "contactName": "Carla Customer", "contactEmail": "%s",
         "description": "Moved a data centre", "locationId": "%s", "competency": "DATACENTER"}"""
        .formatted(email, partner.hqLocationId()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return instanceOf(created.json().get("id").asText());
  }

  private List<String> invite(int from, int to) {
    String emails = IntStream.range(from, to).mapToObj(n -> "invitee" + n + "@burst.example")
        .collect(Collectors.joining("; "));
    JsonNode result = admin.post(org("/invitations"), """
        {"emails": "%s", "locationId": "%s"}""".formatted(emails, partner.hqLocationId())).json();
    assertThat(result.get("invited")).hasSize(to - from);
    startInvitations();
    return result.get("invited").findValuesAsText("individualId").stream().map(this::instanceOf).toList();
  }

  /** R-PPL-1: a list's association processes start after commit, in batches of the invitation-start process. */
  private void startInvitations() {
    List<Job> starters;
    while (!(starters = management.createJobQuery().processDefinitionKey("invitation-start").executable().list())
        .isEmpty()) {
      starters.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private String instanceOf(String businessKey) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
  }

  private List<Job> jobsOf(List<String> instances) {
    return instances.stream()
        .flatMap(id -> management.createJobQuery().processInstanceId(id).messages().list().stream()).toList();
  }

  /** Executes each job as the job executor would (four at a time); each must succeed. */
  private void runJobs(List<Job> jobs) throws Exception {
    runEach(jobs, job -> management.executeJob(job.getId()));
  }

  /**
   * Each job fails, the SMTP server refusing the connection; the engine has then counted down the job's retries, as
   * the job executor's failure handler does.
   */
  private void runJobsWhileSmtpIsDown(List<Job> jobs) throws Exception {
    runEach(jobs, job -> assertThatThrownBy(() -> management.executeJob(job.getId()))
        .hasRootCauseInstanceOf(ConnectException.class));
  }

  private static void runEach(List<Job> jobs, Consumer<Job> run) throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(4);
    try {
      for (Future<Void> each : executor.invokeAll(jobs.stream().map(job -> (Callable<Void>) () -> {
        run.accept(job);
        return null;
      }).toList())) {
        each.get();
      }
    } finally {
      executor.shutdown();
    }
  }

  private List<String> recipients() {
    return Arrays.stream(mailServer.getReceivedMessages()).map(Mails::recipient).toList();
  }

  private List<String> expectedAddresses() {
    return java.util.stream.Stream.concat(
        IntStream.range(0, REFERENCES).mapToObj(n -> "customer" + n + "@burst.example"),
        IntStream.range(0, INVITATIONS).mapToObj(n -> "invitee" + n + "@burst.example")).toList();
  }

  private JsonNode references() {
    return admin.get(org("/references?size=500")).json();
  }

  private String org(String path) {
    return "/api/organizations/" + partner.organizationId() + path;
  }
}
