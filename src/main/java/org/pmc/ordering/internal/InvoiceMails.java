package org.pmc.ordering.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pmc.notification.Mail;
import org.pmc.notification.NotificationProperties;
import org.pmc.notification.OutgoingMail;
import org.pmc.ordering.internal.Invoices.Billed;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.people.PeopleService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * R-ABTK-19: the mails to the billing contact about an invoice, one per step of its life, each sent by the process
 * step that owns it (asynchronous, retried): order placed (with the PDF), reminder, paid (a receipt), cancelled,
 * refunded. Every one names the invoice number, what it is for, amount and due date, and while the invoice is open
 * its Pay link. Keyed by ids, so any process that bills (orders, the membership renewal) sends them the same way.
 * Subjects are our own words; what the partner named (a location in "what it is for") is quoted in the body.
 */
@Service
public class InvoiceMails {

  private final Invoices invoices;
  private final InvoiceDocument documents;
  private final OrganizationService organizations;
  private final PeopleService people;
  private final OutgoingMail mail;
  private final JdbcClient jdbc;
  private final String publicUrl;

  InvoiceMails(Invoices invoices, InvoiceDocument documents, OrganizationService organizations, PeopleService people,
      OutgoingMail mail, JdbcClient jdbc, NotificationProperties properties) {
    this.invoices = invoices;
    this.documents = documents;
    this.organizations = organizations;
    this.people = people;
    this.mail = mail;
    this.jdbc = jdbc;
    this.publicUrl = properties.publicUrl().replaceAll("/+$", "");
  }

  /** Order placed: the invoice, its PDF attached. */
  public void sendInvoice(UUID invoiceId) {
    Billed billed = invoices.billed(invoiceId);
    if (!"OPEN".equals(billed.invoice().status())) {
      return;
    }
    InvoiceDocument.Pdf pdf = documents.render(billed.organizationId(), invoiceId);
    send(billed, "Invoice " + billed.invoice().number() + ": " + amount(billed) + " due on "
        + billed.invoice().dueDate(), "invoice-issued", Map.of(),
        List.of(new Mail.Attachment(pdf.fileName(), "application/pdf", pdf.content())));
  }

  /** 7 days before the due date, an invoice still open; a paid or cancelled one needs no reminder. */
  public void sendReminder(UUID invoiceId) {
    Billed billed = invoices.billed(invoiceId);
    if ("OPEN".equals(billed.invoice().status())) {
      send(billed, "Reminder: invoice " + billed.invoice().number() + " is due on " + billed.invoice().dueDate(),
          "payment-reminder", Map.of(), List.of());
    }
  }

  /** Paid: a receipt. */
  public void sendReceipt(UUID invoiceId) {
    Billed billed = invoices.billed(invoiceId);
    if ("PAID".equals(billed.invoice().status())) {
      send(billed, "Receipt: invoice " + billed.invoice().number() + " is paid", "invoice-paid",
          Map.of("paidOn", LocalDate.ofInstant(billed.invoice().paidAt(), ZoneOffset.UTC).toString()), List.of());
    }
  }

  /** Cancelled, and why: unpaid at its due date, by an admin (who, quoted), or with the silver ABTK it upgrades. */
  public void sendCancellation(UUID invoiceId) {
    Billed billed = invoices.billed(invoiceId);
    if ("CANCELLED".equals(billed.invoice().status())) {
      Map<String, Object> why = new HashMap<>();
      why.put("reason", String.valueOf(billed.cancelReason()));
      why.put("cancelledBy", billed.cancelledBy());
      why.put("quotedCancelledBy", Mail.quoted(billed.cancelledBy()));
      send(billed, "Invoice " + billed.invoice().number() + " is cancelled", "invoice-cancelled", why, List.of());
    }
  }

  /** A notice about an invoice in our own words (a renewal's grace and lapse, R-MEM-5), with its facts. */
  public void sendNotice(UUID invoiceId, String subject, String sentence) {
    send(invoices.billed(invoiceId), subject, "invoice-notice", Map.of("sentence", sentence), List.of());
  }

  /**
   * A payment billing refunded: why (the invoice was cancelled or paid already, or the amount did not match), and
   * while the invoice is still open, how to pay it.
   */
  public void sendRefund(UUID paymentId) {
    Map<String, Object> payment = jdbc.sql("select invoice_id, amount, currency from payment where id = ?")
        .param(paymentId).query().singleRow();
    Billed billed = invoices.billed((UUID) payment.get("invoice_id"));
    send(billed, "Refund of a payment for invoice " + billed.invoice().number(), "payment-refunded",
        Map.of("refunded", ((BigDecimal) payment.get("amount")).toPlainString() + " " + payment.get("currency")),
        List.of());
  }

  /** One mail to each billing recipient, from the invoice's facts (the shared fragment) and this mail's own. */
  private void send(Billed billed, String subject, String template, Map<String, Object> own,
      List<Mail.Attachment> attachments) {
    OrganizationView organization = organizations.organization(billed.organizationId());
    Map<String, Object> model = new HashMap<>(own);
    InvoiceView invoice = billed.invoice();
    model.put("number", invoice.number());
    model.put("description", invoice.description());
    model.put("quotedDescription", Mail.quoted(invoice.description()));
    model.put("amount", amount(billed));
    model.put("dueDate", invoice.dueDate().toString());
    model.put("status", invoice.status());
    model.put("payLink", invoice.payUrl() == null ? null : publicUrl + invoice.payUrl());
    model.put("invoicesUrl", publicUrl + "/portal/invoices");
    model.put("partnerNumber", organization.partnerNumber()); // R-PPL-8
    for (String to : people.billingRecipients(organization.id(), billed.locationId(), organization.hqLocationId())) {
      mail.send(new Mail(to, subject, template, model, attachments));
    }
  }

  private static String amount(Billed billed) {
    Money amount = billed.invoice().amount();
    return amount.amount().toPlainString() + " " + amount.currency();
  }
}
