package org.pmc.ordering.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pmc.notification.Mail;
import org.pmc.notification.NotificationProperties;
import org.pmc.notification.OutgoingMail;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.people.PeopleService;
import org.springframework.stereotype.Service;

/**
 * Mails {@link RenewalNotice}s about a renewal's invoice to the billing contact, else the global admins
 * (R-ABTK-19): invoice number, what it is for, amount, due date and, while it can be paid, the Pay link; the
 * invoice document attached to the first.
 */
@Service
class RenewalInvoiceMails {

  private final Renewals renewals;
  private final Invoices invoices;
  private final InvoiceDocument documents;
  private final OrganizationService organizations;
  private final PeopleService people;
  private final OutgoingMail mail;
  private final String publicUrl;

  RenewalInvoiceMails(Renewals renewals, Invoices invoices, InvoiceDocument documents, OrganizationService organizations,
      PeopleService people, OutgoingMail mail, NotificationProperties properties) {
    this.renewals = renewals;
    this.invoices = invoices;
    this.documents = documents;
    this.organizations = organizations;
    this.people = people;
    this.mail = mail;
    this.publicUrl = properties.publicUrl().replaceAll("/+$", "");
  }

  void send(UUID renewalId, RenewalNotice notice) {
    UUID organizationId = renewals.organizationOf(renewalId);
    OrganizationView organization = organizations.organization(organizationId);
    InvoiceView invoice = invoices.ofOrder(organizationId, renewalId);
    Map<String, Object> model = new HashMap<>();
    model.put("sentence", notice.sentence);
    model.put("number", invoice.number());
    model.put("description", invoice.description());
    model.put("amount", invoice.amount().amount().toPlainString() + " " + invoice.amount().currency());
    model.put("dueDate", invoice.dueDate().toString());
    model.put("partnerNumber", organization.partnerNumber()); // R-PPL-8
    model.put("invoicesUrl", publicUrl + "/portal/invoices");
    if (notice.payLink && invoice.payUrl() != null) {
      model.put("payUrl", publicUrl + invoice.payUrl());
    }
    List<Mail.Attachment> attachments = notice == RenewalNotice.INVOICE
        ? List.of(pdf(organizationId, invoice.id())) : List.of();
    for (String to : people.billingRecipients(organizationId, null, organization.hqLocationId())) {
      mail.send(new Mail(to, notice.subject, "renewal-billing", model, attachments));
    }
  }

  private Mail.Attachment pdf(UUID organizationId, UUID invoiceId) {
    InvoiceDocument.Pdf pdf = documents.render(organizationId, invoiceId);
    return new Mail.Attachment(pdf.fileName(), "application/pdf", pdf.content());
  }
}
