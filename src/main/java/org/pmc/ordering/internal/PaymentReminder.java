package org.pmc.ordering.internal;

import java.util.Map;
import java.util.UUID;
import org.pmc.notification.Mail;
import org.pmc.notification.NotificationProperties;
import org.pmc.notification.OutgoingMail;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.people.PeopleService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Remind to pay" of the await-payment process, for an invoice of any order type. */
@Service
class PaymentReminder {

  private final JdbcClient jdbc;
  private final OrganizationService organizations;
  private final PeopleService people;
  private final OutgoingMail mail;
  private final String portalUrl;

  PaymentReminder(JdbcClient jdbc, OrganizationService organizations, PeopleService people, OutgoingMail mail,
      NotificationProperties properties) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.people = people;
    this.mail = mail;
    this.portalUrl = properties.publicUrl().replaceAll("/+$", "") + "/portal/invoices";
  }

  /** 7 days before the due date, an open invoice is recalled to the organization's admins. Paid: nothing. */
  @Transactional(readOnly = true)
  public void remindToPay(UUID orderId) {
    var invoice = jdbc.sql("""
        select id, organization_id, description, amount, currency, due_date, status from invoice
        where order_id = ? order by created_at limit 1""")
        .param(orderId).query().singleRow();
    if (!"OPEN".equals(invoice.get("status"))) {
      return;
    }
    UUID organizationId = (UUID) invoice.get("organization_id");
    OrganizationView organization = organizations.organization(organizationId);
    String dueDate = String.valueOf(invoice.get("due_date"));
    Map<String, Object> model = Map.of(
        "partnerName", organization.name(),
        "partnerNumber", organization.partnerNumber(), // R-PPL-8
        "description", invoice.get("description"),
        "invoiceId", invoice.get("id").toString(),
        "amount", ((java.math.BigDecimal) invoice.get("amount")).toPlainString(),
        "currency", invoice.get("currency"),
        "dueDate", dueDate,
        "portalUrl", portalUrl);
    String subject = "Reminder: your invoice for " + invoice.get("description") + " is due on " + dueDate;
    for (String to : people.membershipRecipients(organizationId, organization.hqLocationId())) {
      mail.send(new Mail(to, subject, "payment-reminder", model));
    }
  }
}
