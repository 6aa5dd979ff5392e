package org.pmc.ordering.internal;

import org.pmc.notification.MailQuota;
import org.pmc.ordering.internal.InvoicePaid;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Issue 14 (3): an organization that has paid for anything is trusted with the higher daily mail quota. In the
 * transaction that records the payment, so the two commit together. Here rather than in notification, which
 * knows nothing of orders.
 */
@Component
class PaymentTrustsMail {

  private final MailQuota quota;

  PaymentTrustsMail(MailQuota quota) {
    this.quota = quota;
  }

  @EventListener
  void paid(InvoicePaid paid) {
    quota.trust(paid.organizationId());
  }
}
