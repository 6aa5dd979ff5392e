package org.pmc.ordering;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.pmc.Http;

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
    return provider.post("/api/payments/notifications", body, Map.of("X-Signature", sign(body)));
  }

  private String sign(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
