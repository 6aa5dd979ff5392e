package org.pmc.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.Mailboxes;
import org.pmc.Mails;
import org.pmc.organization.OrganizationService;
import org.pmc.people.internal.Invitations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** R-ABTK-19: the billing contact is mailed at each step of an invoice's life, and an admin cancels an unpaid order. */
class InvoiceMailsTest extends AbtkTest {

  private static final Duration WAIT = Duration.ofSeconds(5);

  @Autowired
  Invitations invitations;
  @Autowired
  OrganizationService organizations;
  @Value("${pmc.public-url}")
  String publicUrl;

  String branch;
  String billing;

  @BeforeEach
  void branchWithItsBillingContact() {
    branch = abtk.location("Leipzig", "DE");
    abtk.competency(branch, "CLOUD_PRODUCTIVITY", "SILVER", "ACTIVE_EARNED");
    billing = abtk.billingContact(branch, invitations);
  }

  @AfterEach
  void smtpBackUp() {
    if (!mailServer.isRunning()) {
      mailServer.start();
    }
  }

  @Test
  @DisplayName("R-ABTK-19: order placed: the invoice goes to the location's BILLING contact with its PDF, number in it, and the Pay link")
  void invoiceMailWithThePdf() throws Exception {
    JsonNode order = abtk.order(branch, "SILVER");
    JsonNode invoice = abtk.invoice(order);
    runDueJobsOf(OrderInstances.of(runtime, order));

    MimeMessage mail = mailbox().first(billing, "Invoice " + invoice.get("number").asText(), WAIT);
    String dueDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH)
        .format(LocalDate.parse(invoice.get("dueDate").asText()));
    assertThat(Mails.subject(mail)).isEqualTo("Invoice " + invoice.get("number").asText() + ": €1,536.40 due on "
        + dueDate).doesNotContain("Leipzig"); // partner text never in a subject
    assertThat(Mails.text(mail)).contains("> SILVER ABTK for Leipzig", "€1,536.40", dueDate,
        publicUrl + "/portal/invoices/" + invoice.get("id").asText() + "/pay");
    try (PDDocument pdf = Loader.loadPDF(pdfOf(mail))) {
      assertThat(new PDFTextStripper().getText(pdf)).contains(invoice.get("number").asText());
    }
    assertThat(mailTo(abtk.partner.adminEmail())).extracting(Mails::subject).noneMatch(s -> s.startsWith("Invoice "));
    assertThat(paymentWait(order)).hasPassed("sendInvoice").isWaitingAt("sevenDaysBeforeDue");
  }

  @Test
  @DisplayName("R-ABTK-19: an organization that speaks German gets the invoice mail in German: subject and body, 1.536,40 €, the date as Germans write it, and the PDF")
  void invoiceMailInTheOrganizationsLanguage() throws Exception {
    organizations.speak(abtk.partner.organizationId(), "de");
    JsonNode order = abtk.order(branch, "SILVER");
    JsonNode invoice = abtk.invoice(order);
    runDueJobsOf(OrderInstances.of(runtime, order));

    String number = invoice.get("number").asText();
    String dueDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.GERMAN)
        .format(LocalDate.parse(invoice.get("dueDate").asText()));
    MimeMessage mail = mailbox().first(billing, "Rechnung " + number, WAIT);
    assertThat(Mails.subject(mail).replace('\u00a0', ' ')).isEqualTo(
        "Rechnung " + number + ": 1.536,40 €, fällig am " + dueDate);
    assertThat(Mails.text(mail).replace('\u00a0', ' ')).contains("Vielen Dank für Ihre Bestellung", "1.536,40 €",
        dueDate, "Rechnungsnummer", "> SILVER ABTK for Leipzig").doesNotContain("??", "Thank you", "Due date");
    try (PDDocument pdf = Loader.loadPDF(pdfOf(mail))) {
      assertThat(new PDFTextStripper().getText(pdf)).contains(number);
    }
  }

  @Test
  @DisplayName("R-ABTK-19: the reminder 7 days before due names the invoice and has the Pay link; paid, a receipt follows")
  void reminderThenReceipt() {
    JsonNode order = abtk.order(branch, "SILVER");
    String number = abtk.invoice(order).get("number").asText();
    ProcessInstance waiting = paymentWait(order);
    timePasses(waiting, order); // 7 days before due

    MimeMessage reminder = mailbox().first(billing, "Reminder: invoice " + number, WAIT);
    assertThat(Mails.text(reminder)).contains("due in 7 days", number,
        publicUrl + "/portal/invoices/" + order.get("invoiceId").asText() + "/pay");

    abtk.payInFull(order);
    runDueJobsOf(OrderInstances.of(runtime, order));
    MimeMessage receipt = mailbox().first(billing, "Receipt: invoice " + number + " is paid", WAIT);
    assertThat(Mails.text(receipt)).contains("we received your payment", "€1,536.40").doesNotContain("/pay");
    assertThat(waiting).hasPassed("paymentReceived", "sendReceipt", "paid").isEnded();
    assertThat(abtk.status(order)).isEqualTo("FULFILLED");
  }

  @Test
  @DisplayName("R-ABTK-19: unpaid at the due date: order and invoice CANCELLED, the billing contact told why, the processes ended")
  void unpaidAtTheDueDate() {
    JsonNode order = abtk.order(branch, "SILVER");
    String number = abtk.invoice(order).get("number").asText();
    ProcessInstance waiting = paymentWait(order);
    timePasses(waiting, order); // 7 days before due
    timePasses(waiting, order); // the due date

    assertThat(abtk.status(order)).isEqualTo("CANCELLED");
    assertThat(abtk.invoice(order).get("status").asText()).isEqualTo("CANCELLED");
    MimeMessage cancelled = mailbox().first(billing, "Invoice " + number + " is cancelled", WAIT);
    assertThat(Mails.text(cancelled)).contains("not paid by its due date").doesNotContain("/pay");
    assertThat(waiting).hasPassed("cancelUnpaidOrder", "tellCancelled", "cancelled").isEnded();
    assertThat(byBusinessKey(order.get("id").asText()).count()).isZero();
  }

  @Test
  @DisplayName("R-ABTK-19: an admin cancels an unpaid order: 200, invoice CANCELLED, the billing contact told who, nothing left waiting")
  void adminCancels() {
    JsonNode order = abtk.order(branch, "SILVER");
    String number = abtk.invoice(order).get("number").asText();
    ProcessInstance waiting = paymentWait(order);

    Http.Response cancelled = cancel(abtk.admin, order);

    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.json().get("id").asText()).isEqualTo(order.get("id").asText());
    assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
    assertThat(abtk.status(order)).isEqualTo("CANCELLED");
    assertThat(abtk.invoice(order).get("status").asText()).isEqualTo("CANCELLED");
    runDueJobsOf(OrderInstances.of(runtime, order));
    MimeMessage mail = mailbox().first(billing, "Invoice " + number + " is cancelled", WAIT);
    assertThat(Mails.text(mail)).contains("cancelled in the Partner Membership Center", "> " + abtk.partner.adminEmail());
    assertThat(waiting).hasPassed("orderCancelled", "tellCancelled").isEnded();
    assertThat(instance(order)).isNull();
    assertThat(management.createJobQuery().processInstanceId(waiting.getId()).count()).isZero();
    JsonNode logged = abtk.admin.get(abtk.org("/activity?type=ABTK_CANCELLED")).json().get(0);
    assertThat(logged.get("actor").asText()).isEqualTo(abtk.partner.adminEmail());
  }

  @Test
  @DisplayName("R-ABTK-19: a paid order, or one cancelled already, cannot be cancelled: 409 naming the rule")
  void paidOrCancelledIsRefused() {
    JsonNode paid = fulfilled(abtk.order(branch, "SILVER"));
    Http.Response refused = cancel(abtk.admin, paid);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("rule").asText()).isEqualTo("R-ABTK-19");
    assertThat(abtk.status(paid)).isEqualTo("FULFILLED");

    JsonNode plaques = abtk.admin.post(abtk.org("/plaques/orders"), """
        {"items": [{"kind": "PLATE", "locationId": "%s"}]}""".formatted(branch)).json();
    assertThat(cancel(abtk.admin, plaques).status()).isEqualTo(200);
    Http.Response again = cancel(abtk.admin, plaques);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("rule").asText()).isEqualTo("R-ABTK-19");
    runDueJobsOf(OrderInstances.of(runtime, plaques));
    assertThat(byBusinessKey(plaques.get("id").asText()).count()).isZero();
  }

  @Test
  @DisplayName("R-ABTK-19, R-ABTK-8: another organization's or an unknown order is 404; a location admin of another location 403")
  void foreignUnknownAndOutOfScope() {
    JsonNode order = abtk.order(branch, "SILVER");
    AbtkPartner other = new AbtkPartner(port, partners.register("DE"), secret);

    Http.Response foreign = other.admin.post(other.org("/orders/" + order.get("id").asText() + "/cancel"), "");
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(other.admin.post(other.org("/orders/" + java.util.UUID.randomUUID() + "/cancel"), "").status())
        .isEqualTo(404);
    Http elsewhere = partners.locationAdminOf(abtk.partner, abtk.location("Dresden", "DE"), port);
    Http.Response forbidden = cancel(elsewhere, order);
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.json().get("rule").asText()).isEqualTo("R-ABTK-19");
    Http here = partners.locationAdminOf(abtk.partner, branch, port);
    assertThat(cancel(here, order).status()).isEqualTo(200);
    assertThat(abtk.status(order)).isEqualTo("CANCELLED");
  }

  @Test
  @DisplayName("R-ABTK-19: an Action Pack order is the organization's: its global admin cancels it")
  void actionPackCancelled() {
    AbtkPartner network = new AbtkPartner(port, partners.register("DE"), secret);
    JsonNode order = network.admin.post(network.org("/membership/action-pack"), "").json();

    assertThat(network.admin.post(network.org("/orders/" + order.get("id").asText() + "/cancel"), "").status())
        .isEqualTo(200);
    runDueJobsOf(OrderInstances.of(runtime, order));

    assertThat(network.admin.get(network.org("/invoices")).json().get(0).get("status").asText()).isEqualTo("CANCELLED");
    assertThat(mailbox().first(network.partner.adminEmail(), "is cancelled", WAIT)).isNotNull();
    assertThat(byBusinessKey(order.get("id").asText()).count()).isZero();
  }

  @Test
  @DisplayName("R-ABTK-19: SMTP down when the invoice mail leaves: the step is retried (R6/PT5M) and the mail arrives once")
  void failingSmtpIsRetried() {
    JsonNode order = abtk.order(branch, "SILVER");
    Job send = management.createJobQuery().processInstanceId(paymentWait(order).getId()).messages().singleResult();
    mailServer.stop();

    assertThatThrownBy(() -> management.executeJob(send.getId())).hasMessageContaining("Mail");
    Job retried = management.createJobQuery().jobId(send.getId()).singleResult();
    assertThat(retried.getRetries()).isEqualTo(5);
    assertThat(retried.getExceptionMessage()).isNotBlank();

    mailServer.start();
    management.executeJob(send.getId());
    assertThat(mailbox().of(billing)).extracting(Mails::subject).filteredOn(s -> s.startsWith("Invoice ")).hasSize(1);
  }

  /** The instance's next timer is due: it fires, and what follows runs. */
  private void timePasses(ProcessInstance waiting, JsonNode order) {
    fireTimer(waiting.getId());
    runDueJobsOf(OrderInstances.of(runtime, order));
  }

  private Http.Response cancel(Http who, JsonNode order) {
    return who.post(abtk.org("/orders/" + order.get("id").asText() + "/cancel"), "");
  }

  private Mailboxes mailbox() {
    return new Mailboxes(mailServer);
  }

  private static byte[] pdfOf(Part part) throws Exception {
    if (part.isMimeType("application/pdf")) {
      try (InputStream in = part.getInputStream()) {
        return in.readAllBytes();
      }
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        byte[] pdf = pdfOf(body);
        if (pdf != null) {
          return pdf;
        }
      }
    }
    return null;
  }
}
