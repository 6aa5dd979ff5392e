package org.pmc.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.pmc.IntegrationTest;
import org.pmc.TranslatedMails;
import org.pmc.notification.Mail;
import org.pmc.notification.OutgoingMail;
import org.pmc.ordering.internal.Money;
import org.pmc.web.Languages;
import org.pmc.web.LocalFormats;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * R-ABTK-19, R-MEM-5: every mail about an invoice, a payment or a shipment reads in each of the five languages: its
 * subject is the bundle's, amounts and dates are written as the reader writes them, no text is missing and no English
 * is left in a German or Japanese one.
 */
class BillingMailLanguagesTest extends IntegrationTest {

  static final java.util.List<Locale> LANGUAGES = Languages.SUPPORTED;

  private static final LocalDate DUE = LocalDate.of(2026, 12, 25);

  @Autowired
  OutgoingMail outgoing;
  @Autowired
  MessageSource texts;

  @ParameterizedTest
  @FieldSource("LANGUAGES")
  @DisplayName("R-ABTK-19: the invoice, reminder and receipt, in the reader's language with the amount and due date in its format")
  void invoiceReminderReceipt(Locale language) {
    LocalFormats fmt = mails().formats(language);
    String amount = fmt.money(new BigDecimal("1536.40"), "EUR");
    String due = fmt.date(DUE);

    mails().send("invoice-issued", Mail.Subject.of("mail.invoice-issued.subject", "PMC-2026-000123", amount, due),
        invoice("OPEN"), language).isTranslated().says("mail.invoice-issued.body").contains(amount, due,
        "PMC-2026-000123", "> SILVER ABTK Leipzig", "https://pmc.test/portal/invoices/1/pay");
    mails().send("payment-reminder", Mail.Subject.of("mail.payment-reminder.subject", "PMC-2026-000123", due),
        invoice("OPEN"), language).isTranslated().says("mail.payment-reminder.body").contains(amount, due);
    Map<String, Object> paid = invoice("PAID");
    paid.put("paidAt", Instant.parse("2026-12-01T10:00:00Z"));
    paid.put("payLink", null);
    mails().send("invoice-paid", Mail.Subject.of("mail.invoice-paid.subject", "PMC-2026-000123"), paid, language)
        .isTranslated().says("mail.invoice-paid.body", fmt.date(LocalDate.of(2026, 12, 1))).contains(amount);
  }

  @ParameterizedTest
  @FieldSource("LANGUAGES")
  @DisplayName("R-ABTK-19: cancelled for each reason, and a refunded payment for each state of its invoice, in the reader's language")
  void cancelledAndRefunded(Locale language) {
    for (String reason : new String[] {"UNPAID", "ADMIN", "WITH_SILVER"}) {
      Map<String, Object> cancelled = invoice("CANCELLED");
      cancelled.put("payLink", null);
      cancelled.put("reason", reason);
      cancelled.put("cancelledBy", "admin@contoso.test");
      cancelled.put("quotedCancelledBy", Mail.quoted("admin@contoso.test"));
      mails().send("invoice-cancelled", Mail.Subject.of("mail.invoice-cancelled.subject", "PMC-2026-000123"),
          cancelled, language).isTranslated().says("mail.invoice-cancelled." + switch (reason) {
            case "UNPAID" -> "unpaid";
            case "ADMIN" -> "admin";
            default -> "withSilver";
          }).says("mail.invoice-cancelled.doNotPay");
    }
    String refunded = mails().formats(language).money(new BigDecimal("99.00"), "USD");
    for (String status : new String[] {"CANCELLED", "PAID", "OPEN"}) {
      Map<String, Object> refund = invoice(status);
      refund.put("refunded", new BigDecimal("99.00"));
      refund.put("refundedCurrency", "USD");
      mails().send("payment-refunded", Mail.Subject.of("mail.payment-refunded.subject", "PMC-2026-000123"), refund,
          language).isTranslated().says("mail.payment-refunded." + status.toLowerCase(Locale.ROOT), refunded);
    }
  }

  @ParameterizedTest
  @FieldSource("LANGUAGES")
  @DisplayName("R-MEM-5: the renewal's grace, last-reminder and lapse notices, in the reader's language")
  void renewalNotices(Locale language) {
    for (String notice : new String[] {"GRACE", "GRACE_ENDING", "LAPSED"}) {
      Map<String, Object> model = invoice("OPEN");
      model.put("notice", notice);
      mails().send("invoice-notice", Mail.Subject.of("mail.invoice-notice.subject." + notice), model, language)
          .isTranslated().says("mail.invoice-notice.sentence." + notice);
    }
  }

  @ParameterizedTest
  @FieldSource("LANGUAGES")
  @DisplayName("R-ABTK-19: the shipment on its way, in the reader's language; the destination quoted as the partner wrote it")
  void shipped(Locale language) {
    Map<String, Object> model = new HashMap<>();
    model.put("partnerNumber", "1234567");
    model.put("items", "Welcome Kit (SILVER ABTK)");
    model.put("locationName", "Leipzig");
    model.put("address", "1 Hauptstraße, 04109 Leipzig, DE");
    model.put("quotedDestination", Mail.quoted("Leipzig", "1 Hauptstraße, 04109 Leipzig, DE"));
    model.put("carrier", "DHL");
    model.put("trackingNumber", "JD0001");
    model.put("portalUrl", "https://pmc.test/portal/shipments");
    mails().send("shipment-shipped", Mail.Subject.of("mail.shipment-shipped.subject"), model, language)
        .isTranslated().says("mail.shipment-shipped.carrier", "DHL", "JD0001")
        .says("mail.billing-mail.partnerNumber", "1234567").contains("> Leipzig");
  }

  private TranslatedMails mails() {
    return new TranslatedMails(outgoing, mailServer, texts);
  }

  /** What every invoice mail's model has (InvoiceMails). */
  private static Map<String, Object> invoice(String status) {
    Map<String, Object> model = new HashMap<>();
    model.put("number", "PMC-2026-000123");
    model.put("description", "SILVER ABTK Leipzig");
    model.put("quotedDescription", Mail.quoted("SILVER ABTK Leipzig"));
    model.put("amount", new Money(new BigDecimal("1536.40"), "EUR"));
    model.put("dueDate", DUE);
    model.put("status", status);
    model.put("payLink", "https://pmc.test/portal/invoices/1/pay");
    model.put("invoicesUrl", "https://pmc.test/portal/invoices");
    model.put("partnerNumber", "1234567");
    return model;
  }
}
