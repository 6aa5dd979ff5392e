package org.pmc.ordering;

import java.util.HashMap;
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

/** The emails of the abtk-order process. */
@Service
class AbtkOrderMails {

  private final JdbcClient jdbc;
  private final OrganizationService organizations;
  private final PeopleService people;
  private final OutgoingMail mail;
  private final String portalUrl;

  AbtkOrderMails(JdbcClient jdbc, OrganizationService organizations, PeopleService people, OutgoingMail mail,
      NotificationProperties properties) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.people = people;
    this.mail = mail;
    this.portalUrl = properties.publicUrl().replaceAll("/+$", "") + "/portal";
  }

  /** 7 days before the due date, an open invoice is recalled to the organization's admins. Paid: nothing. */
  @Transactional(readOnly = true)
  public void remindToPay(UUID orderId) {
    var invoice = jdbc.sql("""
        select i.id, i.amount, i.currency, i.due_date, i.status, o.organization_id, o.location_id, o.level
        from invoice i join abtk_order o on o.id = i.order_id where o.id = ? order by i.created_at limit 1""")
        .param(orderId).query().singleRow();
    if (!"OPEN".equals(invoice.get("status"))) {
      return;
    }
    UUID organizationId = (UUID) invoice.get("organization_id");
    OrganizationView organization = organizations.organization(organizationId);
    Map<String, Object> model = new HashMap<>();
    model.put("partnerName", organization.name());
    model.put("locationName", organizations.location(organizationId, (UUID) invoice.get("location_id")).name());
    model.put("level", invoice.get("level"));
    model.put("invoiceId", invoice.get("id").toString());
    model.put("amount", ((java.math.BigDecimal) invoice.get("amount")).toPlainString());
    model.put("currency", invoice.get("currency"));
    Object due = invoice.get("due_date");
    model.put("dueDate", due instanceof java.sql.Date date ? date.toLocalDate().toString() : String.valueOf(due));
    model.put("portalUrl", portalUrl);
    String subject = "Reminder: your ABTK invoice is due on " + model.get("dueDate");
    for (String to : people.membershipRecipients(organizationId, organization.hqLocationId())) {
      mail.send(new Mail(to, subject, "abtk-payment-reminder", model));
    }
  }

}
