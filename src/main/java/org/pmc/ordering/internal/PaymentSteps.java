package org.pmc.ordering.internal;

import java.math.BigDecimal;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pmc.ordering.internal.InvoicePaid;
import org.pmc.ordering.internal.Invoices;
import org.pmc.ordering.internal.Money;
import org.pmc.ordering.internal.PaymentNotification;
import org.pmc.ordering.internal.PaymentReview;
import org.pmc.platform.StaffNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code payment-review} and {@code bank-transfer}: each reads ids and calls Payments. */
@Configuration(proxyBeanMethods = false)
class PaymentSteps {

  /**
   * "Accept as payment": the invoice is paid and the order's process told; an invoice no longer open goes back
   * to the reviewer (error NOT_PAYABLE) with a note.
   */
  @Bean
  JavaDelegate acceptPayment(Payments payments, Invoices invoices) {
    return execution -> {
      InvoicePaid paid = payments.accept(paymentId(execution), reviewer(execution)).orElse(null);
      if (paid == null) {
        execution.setVariable("reviewNote", "The invoice is no longer open: this payment cannot pay it. Refund it.");
        throw new BpmnError(PaymentReview.NOT_PAYABLE);
      }
      invoices.deliverPayment(paid);
    };
  }

  /**
   * Who decided: the staff member completing "Review the payment" in Tasklist or over /engine-rest, claimed or
   * not; the assignee when the engine knows nobody (a completion from inside the application).
   */
  @Bean
  TaskListener recordPaymentReviewer(StaffNames staff) {
    return task -> task.getExecution().setVariable("reviewedBy", staff.taskUser().orElse(task.getAssignee()));
  }

  /** "Record the refund": the invoice stays as it is. */
  @Bean
  JavaDelegate refundPayment(Payments payments) {
    return execution -> payments.refund(paymentId(execution), reviewer(execution));
  }

  /** "Tell the billing contact: refunded" (R-ABTK-19), with why. */
  @Bean
  JavaDelegate tellRefunded(InvoiceMails mails) {
    return execution -> mails.sendRefund(paymentId(execution));
  }

  /**
   * "Record the bank transfer" from the start form (invoice id, amount, currency, reference) through Payments,
   * like a provider's notification; what cannot be recorded (no such invoice, unreadable amount) goes back to
   * billing to correct ({@code needsCorrection}, {@code transferNote}).
   */
  @Bean
  JavaDelegate recordBankTransfer(Payments payments, Invoices invoices) {
    return execution -> {
      PaymentNotification transfer;
      try {
        transfer = new PaymentNotification(UUID.fromString(text(execution, "invoiceId")),
            new Money(new BigDecimal(text(execution, "amount")), text(execution, "currency").toUpperCase(java.util.Locale.ROOT)),
            text(execution, "paymentReference"));
      } catch (IllegalArgumentException e) {
        correct(execution, "Give an invoice id, an amount like 1536.40, a currency like EUR and the reference.");
        return;
      }
      Payments.Recorded recorded = payments.record(transfer, Payments.Channel.BANK_TRANSFER);
      recorded.paid().ifPresent(invoices::deliverPayment);
      switch (recorded.outcome()) {
        case UNKNOWN_INVOICE -> correct(execution, "There is no invoice " + transfer.invoiceId() + ".");
        case INCOMPLETE -> correct(execution, "Fill in every field.");
        default -> {
          execution.setVariable("needsCorrection", false);
          execution.setVariable("outcome", recorded.outcome().name());
        }
      }
    };
  }

  private static void correct(DelegateExecution execution, String note) {
    execution.setVariable("needsCorrection", true);
    execution.setVariable("transferNote", note);
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? "" : value.toString().trim();
  }

  private static UUID paymentId(DelegateExecution execution) {
    return UUID.fromString(execution.getProcessBusinessKey());
  }

  /** Who completed the review task (set by its complete listener). */
  private static String reviewer(DelegateExecution execution) {
    Object reviewer = execution.getVariable("reviewedBy");
    return reviewer == null ? null : reviewer.toString();
  }
}
