package org.pmc.ordering.internal;

/**
 * The mails of {@code membership-renewal} to the billing contact (R-MEM-5, R-ABTK-19): a subject and the sentence
 * that says what happened; {@code payLink} when the invoice can still be paid.
 */
enum RenewalNotice {
  INVOICE("Your membership renewal invoice",
      "The next program year of your membership is invoiced. The invoice is attached.", true),
  REMINDER("Reminder: your membership renewal is due in 7 days",
      "Your membership renewal is due in 7 days and not paid yet.", true),
  GRACE("Your membership renewal is overdue: 30 days of grace",
      "Your membership renewal was not paid by the anniversary. You have 30 days of grace; unpaid after them, your"
          + " level falls to Network and your competencies lapse.", true),
  GRACE_ENDING("Last reminder: your membership lapses in 7 days",
      "The grace period of your membership renewal ends in 7 days. Unpaid then, your level falls to Network and"
          + " your competencies lapse.", true),
  LAPSED("Your membership has lapsed to Network",
      "Your membership renewal was not paid: your level is now Network and your competencies have lapsed (your"
          + " references and MCPs are kept). Paying the invoice within the program year restores them.", true),
  RECEIPT("Receipt: your membership is renewed",
      "Thank you: your payment is received and the next program year of your membership is renewed.", false),
  CANCELLED("Your membership renewal is cancelled",
      "Your membership renewal was cancelled in the portal: its invoice is cancelled, and at the anniversary your"
          + " level falls to Network.", false);

  final String subject;
  final String sentence;
  final boolean payLink;

  RenewalNotice(String subject, String sentence, boolean payLink) {
    this.subject = subject;
    this.sentence = sentence;
    this.payLink = payLink;
  }
}
