package org.pmc.ordering.internal;

import java.net.URI;

/**
 * The port to the payment provider's hosted checkout (R-ABTK-19). In demo mode the embedded sandbox
 * ({@link SandboxCheckout}) answers it, in production a provider's adapter ({@link HostedCheckout}). A provider
 * reports a payment by posting a signed notification to {@code /api/payments/notifications} that names the
 * invoice, the amount and the session (operations.md, "Payment provider").
 */
public interface PaymentProvider {

  /** Opens the provider's checkout for this session; called once per session, within the caller's transaction. */
  Checkout start(CheckoutSession session);

  /** Where the partner's browser pays, and the provider's id of the session (for support and reconciliation). */
  record Checkout(URI url, String providerSession) {}
}
