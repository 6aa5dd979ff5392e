package org.pmc.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.Mails;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.pmc.competency.Competency;
import org.pmc.competency.CompetencyLevel;
import org.pmc.competency.CompetencyStanding;
import org.pmc.competency.CompetencyStatus;
import org.pmc.organization.MembershipLevel;
import org.pmc.organization.OrganizationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * {@code membership-renewal} (R-MEM-5): a silver partner is invoiced its next program year when the window opens,
 * and renews by paying, or falls through grace to NETWORK and comes back by paying within the program year.
 */
class MembershipRenewalTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  CompetencyStanding standing;
  @Autowired
  OrganizationService organizations;
  @Value("${pmc.payments.webhook-secret}")
  String secret;

  Partner partner;
  Http admin;

  @BeforeEach
  void silverPartner() {
    partner = partners.register("US");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    // R-MEM-1: an earned silver competency raises the level to SILVER
    standing.setByStaff(partner.hqLocationId(), Competency.MESSAGING, CompetencyLevel.SILVER,
        CompetencyStatus.ACTIVE_EARNED);
  }

  @Test
  @DisplayName("R-MEM-5: before the window nothing is due; a Network member is never invoiced")
  void networkMemberIsNotInvoiced() {
    Partner network = partners.register("US");
    assertThat(renewal(new Http(port).as(network.adminEmail(), TestPartners.PASSWORD), network)
        .get("status").asText()).isEqualTo("NOT_DUE");

    openWindow(network);

    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("membership-renewal")
        .variableValueEquals("organizationId", network.organizationId().toString()).count()).isZero();
    assertThat(renewal(new Http(port).as(network.adminEmail(), TestPartners.PASSWORD), network)
        .get("status").asText()).isEqualTo("NOT_DUE");
  }

  @Test
  @DisplayName("R-MEM-5, R-ABTK-19: the window opens, the silver fee is invoiced due on the anniversary with its PDF; paid, renewed with a receipt")
  void paidInTimeRenews() throws Exception {
    assertThat(renewal(admin, partner).get("status").asText()).isEqualTo("NOT_DUE");
    ProcessInstance renewal = openWindow(partner);

    JsonNode state = renewal(admin, partner);
    assertThat(state.get("status").asText()).isEqualTo("INVOICED");
    assertThat(state.get("level").asText()).isEqualTo("SILVER");
    assertThat(state.get("programYearEnd").asText()).isEqualTo(anniversary().toString());
    JsonNode invoice = invoice(state.get("invoiceId").asText());
    assertThat(invoice.get("orderType").asText()).isEqualTo("RENEWAL");
    assertThat(invoice.get("amount").toString()).isEqualTo("{\"amount\":\"1670.00\",\"currency\":\"USD\"}");
    assertThat(invoice.get("dueDate").asText()).isEqualTo(anniversary().toString());
    String number = invoice.get("number").asText();
    MimeMessage sent = mailTo(partner.adminEmail()).stream()
        .filter(mail -> Mails.subject(mail).startsWith("Invoice " + number)).findFirst().orElseThrow();
    assertThat(Mails.text(sent)).contains(number, "$1,670.00",
        "/portal/invoices/" + invoice.get("id").asText() + "/pay");
    assertThat(attachment(sent)).isEqualTo(invoice.get("number").asText() + ".pdf");

    pay(invoice, "R-1");
    runDueJobs(renewal.getId());

    assertThat(renewal).isEnded().hasPassed("renewProgramYear", "sendReceipt", "renewed");
    assertThat(renewal(admin, partner).get("status").asText()).isEqualTo("PAID");
    assertThat(mailTo(partner.adminEmail())).extracting(Mails::subject)
        .contains("Receipt: invoice " + number + " is paid");
    assertThat(organizations.organization(partner.organizationId()).membershipLevel())
        .isEqualTo(MembershipLevel.SILVER);
  }

  @Test
  @DisplayName("R-MEM-5: unpaid at the anniversary, 30 days of grace with reminders; then NETWORK and competencies LAPSED; paid later, restored")
  void unpaidLapsesAndPayingRestores() {
    ProcessInstance renewal = openWindow(partner);
    JsonNode invoice = invoice(renewal(admin, partner).get("invoiceId").asText());

    fireTimer(renewal.getId()); // 7 days before the anniversary
    runDueJobs(renewal.getId());
    fireTimer(renewal.getId()); // the anniversary
    runDueJobs(renewal.getId());
    assertThat(renewal(admin, partner).get("status").asText()).isEqualTo("GRACE");
    fireTimer(renewal.getId()); // 7 days before grace ends
    runDueJobs(renewal.getId());
    fireTimer(renewal.getId()); // grace ends
    runDueJobs(renewal.getId());
    Http browser = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);
    for (String page : new String[] {"/portal", "/portal/licenses"}) {
      org.jsoup.nodes.Element panel = browser.get(page).page().getElementById("renewal");
      assertThat(panel.text()).as(page).contains("lapsed to Network");
      assertThat(panel.select("a:contains(Pay the renewal)").attr("href"))
          .isEqualTo("/portal/invoices/" + invoice.get("id").asText() + "/pay");
    }

    String number = invoice.get("number").asText();
    assertThat(mailTo(partner.adminEmail())).extracting(Mails::subject).containsSubsequence(
        "Invoice " + number + ": $1,670.00 due on " + englishDate(invoice.get("dueDate").asText()),
        "Reminder: invoice " + number + " is due on " + englishDate(invoice.get("dueDate").asText()),
        "Your membership renewal is overdue: 30 days of grace",
        "Last reminder: your membership lapses in 7 days",
        "Your membership has lapsed to Network");
    assertThat(renewal(admin, partner).get("status").asText()).isEqualTo("LAPSED");
    assertThat(organizations.organization(partner.organizationId()).membershipLevel())
        .isEqualTo(MembershipLevel.NETWORK);
    assertThat(messaging().status()).isEqualTo(CompetencyStatus.LAPSED);
    assertThat(renewal).isWaitingAt("programYearEnds");

    pay(invoice, "R-LATE");
    runDueJobs(renewal.getId());

    assertThat(renewal).isEnded().hasPassed("renewProgramYear");
    assertThat(organizations.organization(partner.organizationId()).membershipLevel())
        .isEqualTo(MembershipLevel.SILVER);
    assertThat(messaging().status()).isEqualTo(CompetencyStatus.ACTIVE_EARNED);
  }

  @Test
  @DisplayName("R-MEM-5: unpaid all program year, the invoice is cancelled and the level stays NETWORK")
  void unpaidAllYearEnds() {
    ProcessInstance renewal = openWindow(partner);
    String invoiceId = renewal(admin, partner).get("invoiceId").asText();
    for (int timer = 0; timer < 5; timer++) {
      fireTimer(renewal.getId());
      runDueJobs(renewal.getId());
    }

    assertThat(renewal).isEnded().hasPassed("closeUnpaid", "notRenewed");
    assertThat(invoice(invoiceId).get("status").asText()).isEqualTo("CANCELLED");
    assertThat(organizations.organization(partner.organizationId()).membershipLevel())
        .isEqualTo(MembershipLevel.NETWORK);
  }

  @Test
  @DisplayName("R-ABTK-19, R-MEM-5: a global admin cancels the renewal; the billing contact is told, and the level falls at the anniversary")
  void cancelledRenewalLapsesAtTheAnniversary() {
    ProcessInstance renewal = openWindow(partner);
    JsonNode invoice = invoice(renewal(admin, partner).get("invoiceId").asText());

    Http.Response cancelled = admin.post("/api/organizations/" + partner.organizationId() + "/orders/"
        + invoice.get("orderId").asText() + "/cancel", "{}");
    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
    runDueJobs(renewal.getId());

    assertThat(renewal(admin, partner).get("status").asText()).isEqualTo("CANCELLED");
    assertThat(mailTo(partner.adminEmail())).extracting(Mails::subject)
        .contains("Invoice " + invoice.get("number").asText() + " is cancelled");
    assertThat(renewal).isWaitingAt("cancelledAnniversary");
    assertThat(organizations.organization(partner.organizationId()).membershipLevel())
        .isEqualTo(MembershipLevel.SILVER);

    fireTimer(renewal.getId()); // the anniversary
    runDueJobs(renewal.getId());

    assertThat(renewal).isEnded().hasPassed("lapseCancelled", "lapsedCancelled");
    assertThat(organizations.organization(partner.organizationId()).membershipLevel())
        .isEqualTo(MembershipLevel.NETWORK);
    assertThat(messaging().status()).isEqualTo(CompetencyStatus.LAPSED);
  }

  /** Fires competency-renewal's window timer and runs "Open re-enrollment"; the renewal's instance, if any. */
  private ProcessInstance openWindow(Partner partner) {
    ProcessInstance year = byBusinessKey(partner.organizationId()).processDefinitionKey("competency-renewal")
        .singleResult();
    fireTimer(year.getId());
    runDueJobs(year.getId());
    ProcessInstance renewal = byVariable("membership-renewal", "organizationId",
        partner.organizationId().toString()).singleResult();
    if (renewal != null) {
      runDueJobs(renewal.getId());
    }
    return renewal;
  }

  /** A day as an English mail writes it ({@code #fmt.date}). */
  private static String englishDate(String isoDay) {
    return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
        .withLocale(java.util.Locale.ENGLISH).format(java.time.LocalDate.parse(isoDay));
  }

  private java.time.LocalDate anniversary() {
    return organizations.organization(partner.organizationId()).anniversaryDate();
  }

  private org.pmc.competency.CompetencySummary messaging() {
    return standing.summary(partner.organizationId(), Optional.empty()).get(0);
  }

  private void pay(JsonNode invoice, String reference) {
    JsonNode amount = invoice.get("amount");
    assertThat(new TestPayments(port, secret).pay(invoice.get("id").asText(), amount.get("amount").asText(),
        amount.get("currency").asText(), reference).status()).isEqualTo(202);
  }

  private JsonNode renewal(Http as, Partner partner) {
    Http.Response response = as.get("/api/organizations/" + partner.organizationId() + "/renewal");
    assertThat(response.status()).isEqualTo(200);
    return response.json();
  }

  private JsonNode invoice(String invoiceId) {
    for (JsonNode invoice : admin.get("/api/organizations/" + partner.organizationId() + "/invoices?size=100")
        .json()) {
      if (invoice.get("id").asText().equals(invoiceId)) {
        return invoice;
      }
    }
    throw new AssertionError("No invoice " + invoiceId);
  }

  private static String attachment(MimeMessage message) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
        return parts.getBodyPart(i).getFileName();
      }
    }
    return null;
  }
}
