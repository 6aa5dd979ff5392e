package org.pmc.notification;

/** A link token that was tampered with, made for something else, or is past its time. */
public class InvalidLink extends RuntimeException {

  private final boolean expired;

  InvalidLink(String message, boolean expired) {
    super(message);
    this.expired = expired;
  }

  public boolean expired() {
    return expired;
  }
}
