package org.pmc.faults;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.pmc.Http;

/** The payment provider's webhook: a notification signed with HMAC-SHA256 of the raw body (X-Signature). */
record PaymentProvider(int port, String secret) {

  /** {@code amount} is the JSON money object, e.g. {@code {"amount": "1536.40", "currency": "EUR"}}. */
  Http.Response notify(String invoiceId, String amount, String paymentReference) {
    String body = """
        {"invoiceId": "%s", "amount": %s, "paymentReference": "%s"}""".formatted(invoiceId, amount, paymentReference);
    return new Http(port).post("/api/payments/notifications", body, Map.of("X-Signature", sign(body)));
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
