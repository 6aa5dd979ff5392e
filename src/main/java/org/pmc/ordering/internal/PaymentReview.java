package org.pmc.ordering.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.pmc.organization.OrganizationService;
import org.pmc.ordering.internal.PaymentNotification;
import org.springframework.stereotype.Component;

/**
 * The {@code payment-review} process: billing staff decide in Tasklist about a payment that did not pay its
 * invoice (form {@code payment-review}). Business key: the payment id. Also the {@code bank-transfer} process key,
 * which billing starts in Tasklist to record a transfer.
 */
@Component
class PaymentReview {

  static final String KEY = "payment-review";
  static final String BANK_TRANSFER = "bank-transfer";
  /** The error "Accept as payment" throws when the invoice is no longer open. */
  static final String NOT_PAYABLE = "NOT_PAYABLE";

  private final RuntimeService runtime;
  private final OrganizationService organizations;

  PaymentReview(RuntimeService runtime, OrganizationService organizations) {
    this.runtime = runtime;
    this.organizations = organizations;
  }

  /** Started in the transaction that stores the payment IN_REVIEW; the variables are what the form shows. */
  void start(UUID paymentId, Map<String, Object> invoice, PaymentNotification payment, Payments.Channel channel,
      String reason) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("paymentId", paymentId.toString());
    // Tasklist's columns (organization, amount) and the staff console link come from these.
    UUID organizationId = (UUID) invoice.get("organization_id");
    variables.put("organizationId", organizationId.toString());
    variables.put("organizationName", organizations.organization(organizationId).name());
    variables.put("amount", payment.amount().amount().toPlainString() + " " + payment.amount().currency());
    variables.put("invoiceId", payment.invoiceId().toString());
    variables.put("invoiceDescription", invoice.get("description"));
    variables.put("invoiceStatus", invoice.get("status"));
    variables.put("expectedAmount", ((BigDecimal) invoice.get("amount")).toPlainString() + " " + invoice.get("currency"));
    variables.put("receivedAmount", payment.amount().amount().toPlainString() + " " + payment.amount().currency());
    variables.put("paymentReference", payment.paymentReference());
    variables.put("channel", channel.name());
    variables.put("reason", reason);
    // The partner's requests page lists the review under this title (requests module).
    variables.put("requestTitle", "Payment review of invoice " + invoice.get("number"));
    runtime.startProcessInstanceByKey(KEY, paymentId.toString(), variables);
  }
}
