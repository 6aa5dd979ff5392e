package org.pmc.ordering.internal;

/**
 * The mails of {@code membership-renewal} that only a renewal has (R-MEM-5), to the billing contact with the
 * invoice's facts and, while it can be paid, the Pay link (R-ABTK-19). The invoice, reminder, receipt and
 * cancellation are every invoice's ({@link InvoiceMails}).
 */
enum RenewalNotice {
  GRACE("Your membership renewal is overdue: 30 days of grace",
      "Your membership renewal was not paid by the anniversary. You have 30 days of grace; unpaid after them, your"
          + " level falls to Network and your competencies lapse."),
  GRACE_ENDING("Last reminder: your membership lapses in 7 days",
      "The grace period of your membership renewal ends in 7 days. Unpaid then, your level falls to Network and"
          + " your competencies lapse."),
  LAPSED("Your membership has lapsed to Network",
      "Your membership renewal was not paid: your level is now Network and your competencies have lapsed (your"
          + " references and MCPs are kept). Paying the invoice within the program year restores them.");

  final String subject;
  final String sentence;

  RenewalNotice(String subject, String sentence) {
    this.subject = subject;
    this.sentence = sentence;
  }
}
