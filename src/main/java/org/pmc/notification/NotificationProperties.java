package org.pmc.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicUrl   the base of every link in an email ({@code pmc.public-url})
 * @param linkSecret  the HMAC key that signs links in emails ({@code pmc.link-secret})
 * @param mailFrom    the sender of every email ({@code pmc.mail-from})
 */
@ConfigurationProperties("pmc")
public record NotificationProperties(String publicUrl, String linkSecret, String mailFrom) {

  /** Never the secret: this object may end up in a log line or an error message. */
  @Override
  public String toString() {
    return "NotificationProperties[publicUrl=" + publicUrl + ", linkSecret=(set), mailFrom=" + mailFrom + "]";
  }
}
