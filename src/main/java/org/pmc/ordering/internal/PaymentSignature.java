package org.pmc.ordering.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** {@code X-Signature}: the hex HMAC-SHA256 of the raw body with {@code pmc.payments.webhook-secret}. */
@Component
class PaymentSignature {

  private static final String ALGORITHM = "HmacSHA256";

  private final byte[] secret;

  PaymentSignature(@Value("${pmc.payments.webhook-secret}") String secret) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  String sign(byte[] body) {
    return hmac(secret, body);
  }

  /** The hex HMAC-SHA256 of {@code data} with {@code key}; a hosted checkout's link is signed the same way. */
  static String hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return HexFormat.of().formatHex(mac.doFinal(data));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /** Compared in constant time; a missing or malformed signature is simply wrong. */
  boolean matches(byte[] body, String signature) {
    if (signature == null || signature.isBlank()) {
      return false;
    }
    byte[] expected = sign(body).getBytes(StandardCharsets.US_ASCII);
    byte[] given = signature.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given);
  }
}
