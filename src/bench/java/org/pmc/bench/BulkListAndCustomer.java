package org.pmc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.pmc.Http;
import org.pmc.Mailboxes;
import org.pmc.SignUp;
import org.pmc.TestPartners;

/**
 * Issue 14 (3), fair queues: organization A mails a list of 5,000 invitations (its quota raised by staff) while
 * organization B creates customer references. Measured: from B's request to B's confirmation mail at the SMTP
 * server, with the job executor on as in production; before the list (idle) and while the list is mailing; and how
 * long the whole list takes to mail.
 */
final class BulkListAndCustomer {

  static final int LIST = 5_000;
  private static final int SAMPLES = 5;
  private static final String PASSWORD = "benchmark-password";
  private static final Duration MAIL_TIMEOUT = Duration.ofMinutes(5);

  private final int port;
  private final Mailboxes mailboxes;
  private final SignUp signUp;
  private final String run = UUID.randomUUID().toString().substring(0, 6);

  BulkListAndCustomer(int port, GreenMail mailServer) {
    this.port = port;
    this.mailboxes = new Mailboxes(mailServer);
    this.signUp = new SignUp(port, mailServer);
  }

  void measure(Results results) throws InterruptedException {
    Organization bulk = register("Bulk Sender");
    TestPartners.raiseMailQuota(port, bulk.id());
    Organization customer = register("Customer Partner");
    Latencies idle = customerMails(customer, "idle");

    List<String> addresses = IntStream.range(0, LIST).mapToObj(n -> "list" + n + "-" + run + "@bulk.bench").toList();
    long start = System.nanoTime();
    Http.Response answered = bulk.admin().post(bulk.path("/invitations"), """
        {"emails": "%s", "locationId": "%s"}""".formatted(String.join(";", addresses), bulk.hq()));
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    awaitMailed(addresses, 50, Duration.ofSeconds(10)); // the list is mailing
    Latencies duringList = customerMails(customer, "during");
    int mailedWhenMeasured = mailed(addresses, 0);
    int received = awaitMailed(addresses, LIST, Duration.ofMinutes(15));
    double listSeconds = (System.nanoTime() - start) / 1e9;

    results.row("customerMailIdleP50Ms", idle.percentileMs(50));
    results.put("customerMailDuringListP50Ms", duringList.percentileMs(50));
    results.put("customerMailDuringListMaxMs", duringList.percentileMs(100), 5_000, false, "ms");
    results.row("list5000MailedWhenCustomersMeasured", mailedWhenMeasured);
    results.row("list5000MailedSeconds", listSeconds);
    results.row("list5000Unmailed", LIST - received);
    System.out.printf("bench: customer mail idle p50 %.0f ms; during a 5,000 list p50 %.0f ms, max %.0f ms (list had "
            + "mailed %d); the list mailed in %.1f s%n", idle.percentileMs(50), duringList.percentileMs(50),
        duringList.percentileMs(100), mailedWhenMeasured, listSeconds);
  }

  /** A few references one after the other, each timed from the request to its mail at the SMTP server. */
  private Latencies customerMails(Organization customer, String phase) throws InterruptedException {
    Latencies latencies = new Latencies();
    for (int n = 0; n < SAMPLES; n++) {
      String contact = phase + n + "-" + run + "@customer.bench";
      long start = System.nanoTime();
      Http.Response created = customer.admin().post(customer.path("/references"), """
          {"customerCompany": "Customer %d", "contactName": "Contact", "contactEmail": "%s",
           "description": "Benchmark project", "locationId": "%s", "competency": "CLOUD_PRODUCTIVITY"}"""
          .formatted(n, contact, customer.hq()));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      mailboxes.first(contact, MAIL_TIMEOUT);
      latencies.add(System.nanoTime() - start);
      Thread.sleep(200);
    }
    return latencies;
  }

  /** Waits until the first {@code count} of the addresses have their mail, at most {@code wait}; how many have. */
  private int awaitMailed(List<String> addresses, int count, Duration wait) throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    int received = 0;
    while (true) {
      received = mailed(addresses, received);
      if (received >= count || System.nanoTime() > deadline) {
        return received;
      }
      Thread.sleep(20);
    }
  }

  /**
   * How many of the addresses, in order, have mail, going on from {@code from}: each look into GreenMail walks its
   * mailboxes, so the poll must not compete with the mail-out. The list leaves in about its order.
   */
  private int mailed(List<String> addresses, int from) {
    int received = from;
    while (received < addresses.size() && !mailboxes.of(addresses.get(received)).isEmpty()) {
      received++;
    }
    return received;
  }

  private Organization register(String name) {
    String email = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@fair.bench";
    JsonNode registered = signUp.register(name, "DE", "Ada", "Admin", email, PASSWORD);
    return new Organization(registered.get("id").asText(), registered.get("hqLocationId").asText(),
        new Http(port).as(email, PASSWORD));
  }

  private record Organization(String id, String hq, Http admin) {

    String path(String path) {
      return "/api/organizations/" + id + path;
    }
  }
}
