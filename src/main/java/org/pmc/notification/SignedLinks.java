package org.pmc.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pmc.notification.internal.LinkKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Links in emails carry a token: the purpose, the id of the one thing it is for, an expiry and the id of the
 * key that signed it ({@code purpose:subject:expiry:keyId}), signed with HMAC-SHA256. Single use and
 * revocation are the owner's business: it records the answer and shows it again, or refuses a link it
 * replaced (see the invitation page).
 *
 * <p>Key rotation (issue 13): {@code pmc.link-secret} signs; {@code pmc.link-secret-previous}, while set,
 * still verifies the links it signed (see {@link NotificationProperties}). A key id no configured key has is
 * not valid. Tokens from before key ids ({@code purpose:subject:expiry}) verify under any configured key:
 * they were signed with the {@code pmc.link-secret} of the release before, which is the current key after an
 * upgrade and the previous one after a rotation, so no link already sent breaks at the upgrade, and none
 * outlives its key. They die out by themselves within 30 days (the longest validity of a link).
 */
@Component
public class SignedLinks {

  private static final Logger log = LoggerFactory.getLogger(SignedLinks.class);
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final int FIELDS_BEFORE_KEY_IDS = 3;
  private static final int FIELDS = 4;

  private final LinkKey signing;
  /** Every key that verifies, by id; the signing key wins an id both keys have (only when they are equal). */
  private final Map<String, LinkKey> verifying = new LinkedHashMap<>();
  private final String publicUrl;
  private final Clock clock;

  SignedLinks(NotificationProperties properties, Clock clock) {
    this.signing = new LinkKey(properties.linkSecret());
    verifying.put(signing.id(), signing);
    properties.previousLinkSecret().map(LinkKey::new).ifPresent(key -> verifying.putIfAbsent(key.id(), key));
    this.publicUrl = properties.publicUrl().replaceAll("/+$", "");
    this.clock = clock;
    // Ids only, never keys: an operator checks in the log which keys a node has during a rotation.
    log.info("Links in emails are signed with key {} and verified with keys {}", signing.id(), verifying.keySet());
  }

  /** A full URL of a page of the application, {@code <public-url><path>}, for a link in an email. */
  public String page(String path) {
    return publicUrl + path;
  }

  /** A full URL {@code <public-url><path>/<token>}. */
  public String url(String path, String purpose, UUID subject, Instant expiresAt) {
    return publicUrl + path + "/" + token(purpose, subject, expiresAt);
  }

  public String token(String purpose, UUID subject, Instant expiresAt) {
    String payload = purpose + ":" + subject + ":" + expiresAt.getEpochSecond() + ":" + signing.id();
    return signing.token(payload.getBytes(StandardCharsets.UTF_8));
  }

  /** The subject of a valid, unexpired token for this purpose. */
  public UUID verify(String token, String purpose) {
    String[] parts = token == null ? new String[0] : token.split("\\.");
    if (parts.length != 2) {
      throw notValid();
    }
    byte[] payload;
    try {
      payload = DECODER.decode(parts[0]);
    } catch (IllegalArgumentException e) {
      throw notValid();
    }
    // The fields are read before the signature is checked only to pick the key; nothing else is trusted yet.
    String[] fields = new String(payload, StandardCharsets.UTF_8).split(":");
    boolean made = false;
    for (LinkKey key : candidates(fields)) {
      made |= key.made(token, payload);
    }
    if (!made) {
      throw notValid();
    }
    if (!fields[0].equals(purpose)) {
      throw InvalidLink.otherPage();
    }
    if (clock.instant().isAfter(Instant.ofEpochSecond(Long.parseLong(fields[2])))) {
      throw InvalidLink.expiredLink();
    }
    return UUID.fromString(fields[1]);
  }

  /** The key named by the token's key id, or every key for a token from before key ids; none otherwise. */
  private List<LinkKey> candidates(String[] fields) {
    if (fields.length == FIELDS) {
      LinkKey named = verifying.get(fields[FIELDS - 1]);
      return named == null ? List.of() : List.of(named);
    }
    return fields.length == FIELDS_BEFORE_KEY_IDS ? List.copyOf(verifying.values()) : List.of();
  }

  private static InvalidLink notValid() {
    return InvalidLink.notValid();
  }
}
