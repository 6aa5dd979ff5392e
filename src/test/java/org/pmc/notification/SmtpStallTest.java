package org.pmc.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.competency.Competency;
import org.pmc.reference.CustomerReferenceService;
import org.pmc.reference.internal.NewReference;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14: an SMTP server that stalls cannot hold a job thread, a web request or the health answer. The test
 * profile sets {@code pmc.mail.timeout} to {@link #TIMEOUT}: a context with properties of its own would start a
 * second engine named "default" beside the other tests' one.
 */
class SmtpStallTest extends IntegrationTest {

  static final Duration TIMEOUT = Duration.ofSeconds(3);

  @Autowired
  TestPartners partners;
  @Autowired
  CustomerReferenceService references;
  @Autowired
  DataSource dataSource;

  ExecutorService threads = Executors.newFixedThreadPool(2);
  List<Socket> held = new CopyOnWriteArrayList<>();

  @AfterEach
  void smtpBackUp() throws IOException {
    threads.shutdownNow();
    for (Socket socket : held) {
      socket.close();
    }
    if (!mailServer.isRunning()) {
      mailServer.start();
    }
  }

  @Test
  @DisplayName("Issue 14: SMTP accepts and never answers: the mail job fails after the timeout and is retried; "
      + "web requests and health answer meanwhile")
  void aSilentSmtpServerFailsTheJobAfterTheTimeout() throws Exception {
    Partner partner = partners.register("NL");
    UUID referenceId = references.create(partner.organizationId(), partner.adminId(), new NewReference("Contoso",
        "Carl Customer", "carl@stall.example", "Built a data platform", partner.hqLocationId(),
        Competency.DATA_PLATFORM)).id();
    String instanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(referenceId.toString())
        .singleResult().getId();
    Job sendJob = management.createJobQuery().processInstanceId(instanceId).singleResult();
    int port = mailServer.getSmtp().getPort();
    mailServer.stop();

    try (ServerSocket silent = silentServer(port)) {
      long started = System.nanoTime();
      Future<?> send = threads.submit(() -> management.executeJob(sendJob.getId()));

      Http anonymous = new Http(this.port);
      Http admin = new Http(this.port).as(partner.adminEmail(), TestPartners.PASSWORD);
      Http.Response health = anonymous.get("/actuator/health");
      Http.Response list = admin.get("/api/organizations/" + partner.organizationId() + "/references");
      assertThat(send.isDone()).as("the web requests answered while the job waited on SMTP").isFalse();
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.json().get("status").asText()).isEqualTo("UP");
      assertThat(list.status()).isEqualTo(200);
      assertThat(connectionsWhileSmtpTalks()).as("the job's own; no ledger transaction open meanwhile").isEqualTo(1);

      assertThatThrownBy(() -> send.get(1, TimeUnit.MINUTES)).as("the job failed on the SMTP read timeout")
          .isInstanceOf(ExecutionException.class).hasRootCauseInstanceOf(SocketTimeoutException.class);
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      assertThat(took).isBetween(TIMEOUT.minusMillis(500), TIMEOUT.multipliedBy(4));
      assertThat(held).as("the silent server held the connection").isNotEmpty();
    }
    Job after = management.createJobQuery().jobId(sendJob.getId()).singleResult();
    assertThat(after.getRetries()).isEqualTo(sendJob.getRetries() - 1);
    assertThat(management.getJobExceptionStacktrace(sendJob.getId())).contains("SocketTimeoutException");
  }

  @Test
  @DisplayName("Issue 14: SMTP down: the anonymous health answer is UP without mail; mail health for staff only")
  void mailHealthIsForStaffOnly() {
    mailServer.stop();
    Http.Response health = new Http(port).get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("status").asText()).isEqualTo("UP");
    assertThat(health.json().get("components").has("mail")).isFalse();
    assertThat(new Http(port).get("/actuator/health/mail").status()).isEqualTo(401);
    Http.Response mail = new Http(port).asCamundaAdmin().get("/actuator/health/mail");
    assertThat(mail.status()).isEqualTo(503);
    assertThat(mail.json().get("status").asText()).isEqualTo("DOWN");
  }

  /**
   * Database connections in use once the job talks to the SMTP server: the fewest of a few looks, so that a
   * scheduled task passing by does not count.
   */
  private int connectionsWhileSmtpTalks() throws InterruptedException {
    while (held.isEmpty()) {
      Thread.sleep(10);
    }
    int fewest = Integer.MAX_VALUE;
    for (int look = 0; look < 5; look++) {
      fewest = Math.min(fewest, ((HikariDataSource) dataSource).getHikariPoolMXBean().getActiveConnections());
      Thread.sleep(50);
    }
    return fewest;
  }

  /** A "server" on the SMTP port that accepts connections and holds them without a word. */
  private ServerSocket silentServer(int port) throws IOException {
    ServerSocket server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    threads.submit(() -> {
      while (!server.isClosed()) {
        held.add(server.accept());
      }
      return null;
    });
    return server;
  }
}
