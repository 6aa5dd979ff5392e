package org.pmc.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.people.internal.Invitations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The Action Pack subscription through the API and the action-pack-order process (R-MEM-1). */
class ActionPackOrdersTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  /** Issue 15: dates from the application's clock (UTC), not the machine's zone. */
  @Autowired
  Clock clock;
  @Autowired
  Invitations invitations;
  @Autowired
  JdbcClient jdbc;
  @Value("${pmc.payments.webhook-secret}")
  String secret;

  Partner partner;
  Http admin;
  Http staff;
  TestPayments payments;

  @BeforeEach
  void germanNetworkMember() {
    partner = partners.register("DE");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    staff = new Http(port).asCamundaAdmin();
    payments = new TestPayments(port, secret);
  }

  @Test
  @DisplayName("R-MEM-1: paid, the Network member is at ACTION_PACK with its software until the anniversary, then NETWORK")
  void paidActionPackRunsUntilTheAnniversary() {
    JsonNode order = order();
    assertThat(order.get("status").asText()).isEqualTo("AWAITING_PAYMENT");
    assertThat(order.get("price").toString()).isEqualTo("{\"amount\":\"437.00\",\"currency\":\"EUR\"}");
    assertThat(order.get("programYearEnd").asText()).isEqualTo(anniversary().toString());
    JsonNode invoice = admin.get(org("/invoices")).json().get(0);
    assertThat(invoice.get("orderType").asText()).isEqualTo("ACTION_PACK");
    assertThat(invoice.get("status").asText()).isEqualTo("OPEN");

    assertThat(payments.pay(order.get("invoiceId").asText(), "437.00", "EUR", "AP-1").status()).isEqualTo(202);
    runDueJobsOf(OrderInstances.of(runtime, order));

    assertThat(status()).isEqualTo("ACTIVE");
    JsonNode statement = admin.get(org("/license-statement")).json();
    assertThat(statement.get("membershipLevel").asText()).isEqualTo("ACTION_PACK");
    assertThat(statement.get("benefits").findValuesAsText("code")).contains("OFFICE_PRO_PLUS", "VISUAL_STUDIO_PRO");

    fireTimer(instance(order));
    runDueJobsOf(OrderInstances.of(runtime, order));
    // the timer fires early (as from Cockpit): the anniversary has not come, so the subscription waits again
    assertThat(status()).isEqualTo("ACTIVE");
    assertThat(runtime.getActiveActivityIds(instance(order))).containsExactly("anniversary");
  }

  @Test
  @DisplayName("R-MEM-1, R-MEM-4: at the anniversary the Action Pack ends; an extended anniversary extends it first")
  void extendedAnniversaryExtendsTheSubscription() {
    JsonNode order = order();
    payments.pay(order.get("invoiceId").asText(), "437.00", "EUR", "AP-2");
    runDueJobsOf(OrderInstances.of(runtime, order));
    LocalDate extended = anniversary().plusMonths(2);
    assertThat(staff.put(membership(), "{\"anniversaryDate\": \"" + extended + "\"}").status()).isEqualTo(200);

    assertThat(admin.get(org("/membership/action-pack")).json().get(0).get("programYearEnd").asText())
        .isEqualTo(extended.toString());
    endToday();
    fireTimer(instance(order));
    runDueJobsOf(OrderInstances.of(runtime, order));

    assertThat(status()).isEqualTo("EXPIRED");
    assertThat(admin.get(org("")).json().get("membershipLevel").asText()).isEqualTo("NETWORK");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(order.get("id").asText()).count())
        .isZero();
  }

  @Test
  @DisplayName("R-MEM-1: refused with 409 when an Action Pack order is open this program year, or the level is not NETWORK")
  void refusedUnlessNetworkWithoutOrder() {
    order();
    Http.Response second = admin.post(org("/membership/action-pack"), "");
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.json().get("rule").asText()).isEqualTo("R-MEM-1");

    Partner silver = partners.register("DE");
    assertThat(staff.put("/api/admin/organizations/" + silver.organizationId() + "/membership",
        "{\"level\": \"SILVER\"}").status()).isEqualTo(200);
    Http.Response notNetwork = new Http(port).as(silver.adminEmail(), TestPartners.PASSWORD)
        .post("/api/organizations/" + silver.organizationId() + "/membership/action-pack", "");
    assertThat(notNetwork.status()).isEqualTo(409);
    assertThat(notNetwork.json().get("rule").asText()).isEqualTo("R-MEM-1");
    assertThat(admin.get(org("/invoices")).json()).hasSize(1);
  }

  @Test
  @DisplayName("R-MEM-2, R-MEM-3: an Action Pack member renews in the re-enrollment window, for the next program year")
  void renewedInTheReenrollmentWindow() {
    JsonNode first = order();
    payments.pay(first.get("invoiceId").asText(), "437.00", "EUR", "AP-3");
    runDueJobsOf(OrderInstances.of(runtime, first));
    Http.Response tooEarly = admin.post(org("/membership/action-pack"), "");
    assertThat(tooEarly.status()).isEqualTo(409);
    assertThat(tooEarly.json().get("rule").asText()).isEqualTo("R-MEM-3");

    LocalDate anniversary = LocalDate.now(clock).plusDays(30); // 30 days to go: the window is open
    jdbc.sql("update organization set anniversary_date = ? where id = ?")
        .params(anniversary, partner.organizationId()).update();
    JsonNode renewal = order();
    Http.Response twice = admin.post(org("/membership/action-pack"), "");

    assertThat(renewal.get("programYearEnd").asText()).isEqualTo(anniversary.plusYears(1).toString());
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().get("rule").asText()).isEqualTo("R-MEM-1");
    payments.pay(renewal.get("invoiceId").asText(), "437.00", "EUR", "AP-4");
    runDueJobsOf(OrderInstances.of(runtime, first, renewal));
    jdbc.sql("update action_pack_order set program_year_end = ? where id = ?")
        .params(LocalDate.now(clock), UUID.fromString(first.get("id").asText())).update();
    fireTimer(instance(first));
    runDueJobsOf(OrderInstances.of(runtime, first, renewal));

    assertThat(admin.get(org("/membership/action-pack")).json().findValuesAsText("status"))
        .containsExactly("EXPIRED", "ACTIVE");
    assertThat(admin.get(org("")).json().get("membershipLevel").asText()).isEqualTo("ACTION_PACK");
  }

  @Test
  @DisplayName("R-ROLE-4: only a global admin orders the Action Pack")
  void onlyGlobalAdmin() {
    String email = "member-" + UUID.randomUUID().toString().substring(0, 8) + "@actionpack.example";
    String id = admin.post(org("/invitations"), "{\"emails\": \"" + email + "\", \"locationId\": \""
        + partner.hqLocationId() + "\"}").json().get("invited").get(0).get("individualId").asText();
    invitations.completeProfile(UUID.fromString(id), "First", "Last", "a-long-password");

    Http.Response refused = new Http(port).as(email, "a-long-password").post(org("/membership/action-pack"), "");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("rule").asText()).isEqualTo("R-ROLE-4");
    assertThat(admin.get(org("/membership/action-pack")).json()).isEmpty();
  }

  @Test
  @DisplayName("R-MEM-1: unpaid at the due date, the Action Pack order and its invoice are cancelled; the level stays NETWORK")
  void unpaidOrderIsCancelled() {
    JsonNode order = order();
    String waiting = runtime.createProcessInstanceQuery().processDefinitionKey("await-payment")
        .processInstanceBusinessKey(order.get("id").asText()).singleResult().getId();

    fireTimer(waiting);
    runDueJobsOf(OrderInstances.of(runtime, order));
    fireTimer(waiting);
    runDueJobsOf(OrderInstances.of(runtime, order));

    assertThat(status()).isEqualTo("CANCELLED");
    assertThat(admin.get(org("/invoices")).json().get(0).get("status").asText()).isEqualTo("CANCELLED");
    assertThat(admin.get(org("")).json().get("membershipLevel").asText()).isEqualTo("NETWORK");
  }

  /** The day of the (extended) anniversary has come: the subscription's end is today. */
  private void endToday() {
    jdbc.sql("update action_pack_order set program_year_end = ? where organization_id = ?")
        .params(LocalDate.now(clock), partner.organizationId()).update();
  }

  private JsonNode order() {
    Http.Response response = admin.post(org("/membership/action-pack"), "");
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  private String status() {
    return admin.get(org("/membership/action-pack")).json().get(0).get("status").asText();
  }

  private String instance(JsonNode order) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("action-pack-order")
        .processInstanceBusinessKey(order.get("id").asText()).singleResult().getId();
  }

  private LocalDate anniversary() {
    return LocalDate.parse(admin.get(org("")).json().get("anniversaryDate").asText());
  }

  private String membership() {
    return "/api/admin/organizations/" + partner.organizationId() + "/membership";
  }

  private String org(String path) {
    return "/api/organizations/" + partner.organizationId() + path;
  }
}
