package org.pmc.notification;

import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * @param publicUrl          the base of every link in an email ({@code pmc.public-url})
 * @param linkSecret         the HMAC key that signs links in emails ({@code pmc.link-secret}); the links it
 *                           signed verify while it is this or {@code pmc.link-secret-previous}
 * @param mailFrom           the sender of every email ({@code pmc.mail-from})
 * @param linkSecretPrevious optional: the key that signed links before {@code pmc.link-secret}, which keep
 *                           working while it is set ({@code pmc.link-secret-previous}, issue 13). To rotate:
 *                           set it to the old {@code pmc.link-secret} and {@code pmc.link-secret} to a new key,
 *                           on every node; remove it 30 days later (the longest validity of a link). Links a
 *                           key signed are refused as not valid once neither property holds that key. Where
 *                           nodes restart one by one, give them the new key as the previous one first, then
 *                           swap, so a link signed by a restarted node verifies on the others too.
 */
@ConfigurationProperties("pmc")
public record NotificationProperties(String publicUrl, String linkSecret, String mailFrom,
    String linkSecretPrevious) {

  @ConstructorBinding
  public NotificationProperties {
  }

  /** Without a previous key: no rotation under way. */
  public NotificationProperties(String publicUrl, String linkSecret, String mailFrom) {
    this(publicUrl, linkSecret, mailFrom, null);
  }

  public Optional<String> previousLinkSecret() {
    return Optional.ofNullable(linkSecretPrevious).filter(secret -> !secret.isBlank());
  }

  /** Never the secrets: this object may end up in a log line or an error message. */
  @Override
  public String toString() {
    return "NotificationProperties[publicUrl=" + publicUrl + ", linkSecret=(set), mailFrom=" + mailFrom
        + ", linkSecretPrevious=" + (previousLinkSecret().isPresent() ? "(set)" : "(none)") + "]";
  }
}
