package org.pmc.ordering;

import java.util.Map;
import org.pmc.Http;
import org.pmc.SignedNotifications;

/** The payment provider in tests: signed notifications for an invoice, as {@code POST /api/payments/notifications}. */
class TestPayments {

  private final Http provider;
  private final String secret;

  TestPayments(int port, String secret) {
    this.provider = new Http(port);
    this.secret = secret;
  }

  Http.Response pay(String invoiceId, String amount, String currency, String reference) {
    String body = """
        {"invoiceId": "%s", "amount": {"amount": "%s", "currency": "%s"}, "paymentReference": "%s"}"""
        .formatted(invoiceId, amount, currency, reference);
    return provider.post("/api/payments/notifications", body,
        Map.of("X-Signature", SignedNotifications.sign(secret, body)));
  }
}
