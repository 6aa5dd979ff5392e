package org.pmc.notification.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One HMAC-SHA256 key of the signed links, with its id (issue 13, key rotation): the first 8 hex digits of the
 * key's SHA-256. The id goes into every token, so a node picks the key that signed it without trying each one;
 * it gives nothing away that a token does not already (both can only be checked by guessing the key).
 */
public final class LinkKey {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private final String id;
  private final SecretKeySpec key;

  public LinkKey(String secret) {
    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
    this.key = new SecretKeySpec(bytes, "HmacSHA256");
    this.id = HexFormat.of().formatHex(sha256(bytes)).substring(0, 8);
  }

  public String id() {
    return id;
  }

  /** {@code base64url(payload).base64url(HMAC-SHA256(payload))}. */
  public String token(byte[] payload) {
    return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
  }

  /**
   * Whether this key made exactly this token of this payload. The whole token is compared, in constant time,
   * with the one this key would make: Base64 ignores the unused bits of its last character, so comparing
   * decoded bytes would accept several spellings of one token.
   */
  public boolean made(String token, byte[] payload) {
    return MessageDigest.isEqual(token(payload).getBytes(StandardCharsets.US_ASCII),
        token.getBytes(StandardCharsets.UTF_8));
  }

  private byte[] sign(byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
