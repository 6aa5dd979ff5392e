package org.pmc.reference.internal;

/** What the partner is told about a reference (R-REF-5), with the subject line of each email. */
public enum PartnerNotice {
  APPROVED("confirmed by"),
  DECLINED("declined by"),
  UNCONFIRMED("not confirmed in time by"),
  EXPIRING("expiring soon for"),
  EXPIRED("expired for");

  private final String phrase;

  PartnerNotice(String phrase) {
    this.phrase = phrase;
  }

  String subject(String customerCompany) {
    return "Customer reference " + phrase + " " + customerCompany;
  }
}
