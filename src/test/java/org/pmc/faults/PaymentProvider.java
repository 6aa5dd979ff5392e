package org.pmc.faults;

import java.util.Map;
import org.pmc.Http;
import org.pmc.SignedNotifications;

/** The payment provider's webhook: a notification signed with HMAC-SHA256 of the raw body (X-Signature). */
record PaymentProvider(int port, String secret) {

  /** {@code amount} is the JSON money object, e.g. {@code {"amount": "1536.40", "currency": "EUR"}}. */
  Http.Response notify(String invoiceId, String amount, String paymentReference) {
    String body = """
        {"invoiceId": "%s", "amount": %s, "paymentReference": "%s"}""".formatted(invoiceId, amount, paymentReference);
    return new Http(port).post("/api/payments/notifications", body,
        Map.of("X-Signature", SignedNotifications.sign(secret, body)));
  }
}
