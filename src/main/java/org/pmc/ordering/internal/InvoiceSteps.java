package org.pmc.ordering.internal;

import static org.pmc.ordering.internal.AbtkOrderSteps.orderId;

import java.util.UUID;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of {@code await-payment} (R-ABTK-19), called by every order process: each reads the order id
 * from the business key and works on its invoice.
 */
@Configuration(proxyBeanMethods = false)
class InvoiceSteps {

  /** "Send the invoice", its PDF attached. */
  @Bean
  JavaDelegate sendInvoice(Invoices invoices, InvoiceMails mails) {
    return onInvoice(invoices, mails::sendInvoice);
  }

  /** "Remind to pay", 7 days before the due date. */
  @Bean
  JavaDelegate remindToPay(Invoices invoices, InvoiceMails mails) {
    return onInvoice(invoices, mails::sendReminder);
  }

  /** "Send the receipt". */
  @Bean
  JavaDelegate sendReceipt(Invoices invoices, InvoiceMails mails) {
    return onInvoice(invoices, mails::sendReceipt);
  }

  /** "Tell the billing contact: cancelled", with why. */
  @Bean
  JavaDelegate tellCancelled(Invoices invoices, InvoiceMails mails) {
    return onInvoice(invoices, mails::sendCancellation);
  }

  /** "Cancel the unpaid order": the due date passed; {@code cancelled} false when a payment came first. */
  @Bean
  JavaDelegate cancelUnpaidOrder(OrderCancellations cancellations) {
    return execution -> execution.setVariable("cancelled", cancellations.cancelUnpaid(orderId(execution)));
  }

  private static JavaDelegate onInvoice(Invoices invoices, Consumer<UUID> step) {
    return execution -> step.accept(invoices.idOf(orderId(execution)));
  }
}
