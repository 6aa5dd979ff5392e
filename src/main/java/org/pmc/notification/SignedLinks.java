package org.pmc.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Links in emails carry a token: the purpose, the id of the one thing it is for and an expiry, signed
 * with HMAC-SHA256. Single use is the owner's business: it records the answer and shows it again.
 */
@Component
public class SignedLinks {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final byte[] secret;
  private final String publicUrl;
  private final Clock clock;

  SignedLinks(NotificationProperties properties, Clock clock) {
    this.secret = properties.linkSecret().getBytes(StandardCharsets.UTF_8);
    this.publicUrl = properties.publicUrl().replaceAll("/+$", "");
    this.clock = clock;
  }

  /** A full URL {@code <public-url><path>/<token>}. */
  public String url(String path, String purpose, UUID subject, Instant expiresAt) {
    return publicUrl + path + "/" + token(purpose, subject, expiresAt);
  }

  public String token(String purpose, UUID subject, Instant expiresAt) {
    String payload = purpose + ":" + subject + ":" + expiresAt.getEpochSecond();
    byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(sign(bytes));
  }

  /** The subject of a valid, unexpired token for this purpose. */
  public UUID verify(String token, String purpose) {
    String[] parts = token == null ? new String[0] : token.split("\\.");
    if (parts.length != 2) {
      throw new InvalidLink("This link is not valid.", false);
    }
    byte[] payload;
    try {
      payload = DECODER.decode(parts[0]);
    } catch (IllegalArgumentException e) {
      throw new InvalidLink("This link is not valid.", false);
    }
    // The whole token, compared with the one we would have made: Base64 ignores the unused bits of its last
    // character, so comparing decoded bytes would accept several spellings of one token.
    String expected = ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
    if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
        token.getBytes(StandardCharsets.UTF_8))) {
      throw new InvalidLink("This link is not valid.", false);
    }
    String[] fields = new String(payload, StandardCharsets.UTF_8).split(":");
    if (fields.length != 3 || !fields[0].equals(purpose)) {
      throw new InvalidLink("This link is not meant for this page.", false);
    }
    if (clock.instant().isAfter(Instant.ofEpochSecond(Long.parseLong(fields[2])))) {
      throw new InvalidLink("This link has expired.", true);
    }
    return UUID.fromString(fields[1]);
  }

  private byte[] sign(byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
