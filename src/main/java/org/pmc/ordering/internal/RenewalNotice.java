package org.pmc.ordering.internal;

/**
 * The mails of {@code membership-renewal} that only a renewal has (R-MEM-5), to the billing contact with the
 * invoice's facts and, while it can be paid, the Pay link (R-ABTK-19). The invoice, reminder, receipt and
 * cancellation are every invoice's ({@link InvoiceMails}). Subject and sentence are the bundle's
 * {@code mail.invoice-notice.subject.<name>} and {@code mail.invoice-notice.sentence.<name>}.
 */
enum RenewalNotice {
  GRACE, GRACE_ENDING, LAPSED
}
