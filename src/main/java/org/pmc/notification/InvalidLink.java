package org.pmc.notification;

/**
 * A link token that was tampered with, made for something else, or is past its time. {@link #key} names its text
 * in the mail bundles ({@code link.invalid.*}), so the page says it in the reader's language; the message is the
 * English text, for logs.
 */
public class InvalidLink extends RuntimeException {

  private final boolean expired;
  private final String key;

  InvalidLink(String key, String message, boolean expired) {
    super(message);
    this.key = key;
    this.expired = expired;
  }

  static InvalidLink expiredLink() {
    return new InvalidLink("link.invalid.expired", "This link has expired.", true);
  }

  static InvalidLink used() {
    return new InvalidLink("link.invalid.used", "This link has already been used.", true);
  }

  static InvalidLink notValid() {
    return new InvalidLink("link.invalid.notValid", "This link is not valid.", false);
  }

  static InvalidLink otherPage() {
    return new InvalidLink("link.invalid.otherPage", "This link is not meant for this page.", false);
  }

  public boolean expired() {
    return expired;
  }

  /** The bundle key of the reason, e.g. {@code link.invalid.expired}. */
  public String key() {
    return key;
  }
}
