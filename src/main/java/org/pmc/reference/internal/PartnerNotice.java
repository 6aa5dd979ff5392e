package org.pmc.reference.internal;

import org.pmc.notification.Mail;

/**
 * What the partner is told about a reference (R-REF-5); each has its subject line in the mail bundles
 * ({@code mail.referenceNotice.subject.<NOTICE>}). The customer's company is the partner's own text, mailed to the
 * partner.
 */
public enum PartnerNotice {
  APPROVED,
  DECLINED,
  UNCONFIRMED,
  EXPIRING,
  EXPIRED;

  Mail.Subject subject(String customerCompany) {
    return Mail.Subject.of("mail.referenceNotice.subject." + name(), customerCompany);
  }
}
