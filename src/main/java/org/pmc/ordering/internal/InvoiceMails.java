package org.pmc.ordering.internal;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.pmc.notification.Mail;
import org.pmc.notification.NotificationProperties;
import org.pmc.notification.OutgoingMail;
import org.pmc.notification.RecipientLanguages;
import org.pmc.ordering.internal.Invoices.Billed;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.people.PeopleService;
import org.pmc.web.Languages;
import org.pmc.web.LocalFormats;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
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
  private final ObjectProvider<RecipientLanguages> readers;
  private final MessageSource texts;
  private final String publicUrl;

  InvoiceMails(Invoices invoices, InvoiceDocument documents, OrganizationService organizations, PeopleService people,
      OutgoingMail mail, JdbcClient jdbc, NotificationProperties properties, ObjectProvider<RecipientLanguages> readers,
      MessageSource texts) {
    this.invoices = invoices;
    this.documents = documents;
    this.organizations = organizations;
    this.people = people;
    this.mail = mail;
    this.jdbc = jdbc;
    this.readers = readers;
    this.texts = texts;
    this.publicUrl = properties.publicUrl().replaceAll("/+$", "");
  }

  /** Order placed: the invoice, its PDF attached, in the recipient's language like the mail. */
  public void sendInvoice(UUID invoiceId) {
    Billed billed = invoices.billed(invoiceId);
    if (!"OPEN".equals(billed.invoice().status())) {
      return;
    }
    Map<RecipientLanguages.Reader, List<Mail.Attachment>> pdfs = new HashMap<>();
    send(billed, "invoice-issued", Map.of(), (reader, fmt) -> Mail.Subject.of("mail.invoice-issued.subject",
        billed.invoice().number(), money(fmt, billed.invoice().amount()), fmt.date(billed.invoice().dueDate())),
        reader -> pdfs.computeIfAbsent(reader, same -> {
          InvoiceDocument.Pdf pdf = documents.render(billed.organizationId(), invoiceId, reader.language(),
              reader.timeZone().orElse(ZoneOffset.UTC));
          return List.of(new Mail.Attachment(pdf.fileName(), "application/pdf", pdf.content()));
        }));
  }

  /** 7 days before the due date, an invoice still open; a paid or cancelled one needs no reminder. */
  public void sendReminder(UUID invoiceId) {
    Billed billed = invoices.billed(invoiceId);
    if ("OPEN".equals(billed.invoice().status())) {
      send(billed, "payment-reminder", Map.of(), (reader, fmt) -> Mail.Subject.of("mail.payment-reminder.subject",
          billed.invoice().number(), fmt.date(billed.invoice().dueDate())), NO_ATTACHMENTS);
    }
  }

  /** Paid: a receipt. */
  public void sendReceipt(UUID invoiceId) {
    Billed billed = invoices.billed(invoiceId);
    if ("PAID".equals(billed.invoice().status())) {
      send(billed, "invoice-paid", Map.of("paidAt", billed.invoice().paidAt()),
          numbered("mail.invoice-paid.subject", billed), NO_ATTACHMENTS);
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
      send(billed, "invoice-cancelled", why, numbered("mail.invoice-cancelled.subject", billed), NO_ATTACHMENTS);
    }
  }

  /** A notice about an invoice in our own words (a renewal's grace and lapse, R-MEM-5), with its facts. */
  public void sendNotice(UUID invoiceId, RenewalNotice notice) {
    send(invoices.billed(invoiceId), "invoice-notice", Map.of("notice", notice.name()),
        (reader, fmt) -> Mail.Subject.of("mail.invoice-notice.subject." + notice.name()), NO_ATTACHMENTS);
  }

  /**
   * A payment billing refunded: why (the invoice was cancelled or paid already, or the amount did not match), and
   * while the invoice is still open, how to pay it.
   */
  public void sendRefund(UUID paymentId) {
    Map<String, Object> payment = jdbc.sql("select invoice_id, amount, currency from payment where id = ?")
        .param(paymentId).query().singleRow();
    Billed billed = invoices.billed((UUID) payment.get("invoice_id"));
    send(billed, "payment-refunded", Map.of("refunded", payment.get("amount"), "refundedCurrency",
        payment.get("currency")), numbered("mail.payment-refunded.subject", billed), NO_ATTACHMENTS);
  }

  /**
   * One mail to each billing recipient, from the invoice's facts (the shared fragment) and this mail's own, in the
   * recipient's language: the subject's amount and date and the attached PDF are written in it too.
   */
  private void send(Billed billed, String template, Map<String, Object> own,
      BiFunction<RecipientLanguages.Reader, LocalFormats, Mail.Subject> subject,
      Function<RecipientLanguages.Reader, List<Mail.Attachment>> attachments) {
    OrganizationView organization = organizations.organization(billed.organizationId());
    Map<String, Object> model = new HashMap<>(own);
    InvoiceView invoice = billed.invoice();
    model.put("number", invoice.number());
    model.put("description", invoice.description());
    model.put("quotedDescription", Mail.quoted(invoice.description()));
    model.put("amount", invoice.amount());
    model.put("dueDate", invoice.dueDate());
    model.put("status", invoice.status());
    model.put("payLink", invoice.payUrl() == null ? null : publicUrl + invoice.payUrl());
    model.put("invoicesUrl", publicUrl + "/portal/invoices");
    model.put("partnerNumber", organization.partnerNumber()); // R-PPL-8
    for (String to : people.billingRecipients(organization.id(), billed.locationId(), organization.hqLocationId())) {
      RecipientLanguages.Reader reader = reader(to);
      LocalFormats fmt = new LocalFormats(reader.language(), reader.timeZone().orElse(ZoneOffset.UTC), texts);
      mail.send(new Mail(to, subject.apply(reader, fmt), template, model, attachments.apply(reader))
          .in(reader.language()));
    }
  }

  /** How the recipient reads (a billing contact is a partner); English in UTC for an address nobody holds. */
  private RecipientLanguages.Reader reader(String to) {
    return Optional.ofNullable(readers.getIfAvailable()).flatMap(languages -> languages.of(to))
        .orElse(new RecipientLanguages.Reader(Languages.DEFAULT, Optional.empty()));
  }

  private static final Function<RecipientLanguages.Reader, List<Mail.Attachment>> NO_ATTACHMENTS =
      reader -> List.of();

  private static BiFunction<RecipientLanguages.Reader, LocalFormats, Mail.Subject> numbered(String key,
      Billed billed) {
    return (reader, fmt) -> Mail.Subject.of(key, billed.invoice().number());
  }

  private static String money(LocalFormats fmt, Money amount) {
    return fmt.money(amount.amount(), amount.currency());
  }
}
