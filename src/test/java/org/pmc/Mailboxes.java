package org.pmc;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ConcurrentModificationException;
import java.util.List;

/**
 * One recipient's mailbox on GreenMail, read without going through every message received (the load
 * tests receive thousands). GreenMail files each message under its recipient's own inbox.
 */
public final class Mailboxes {

  private final GreenMail server;

  public Mailboxes(GreenMail server) {
    this.server = server;
  }

  /**
   * The mail received so far. GreenMail's registries are not safe to read while it files new mail: a read
   * that collides with one is taken as "nothing yet", and the caller's poll looks again.
   */
  public List<MimeMessage> of(String address) {
    try {
      GreenMailUser user = server.getUserManager().getUserByEmail(address);
      if (user == null) {
        return List.of();
      }
      return server.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
          .map(StoredMessage::getMimeMessage).toList();
    } catch (ConcurrentModificationException collided) {
      return List.of();
    } catch (FolderException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first mail to this address, waiting for it up to {@code timeout}. */
  public MimeMessage first(String address, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      List<MimeMessage> received = of(address);
      if (!received.isEmpty()) {
        return received.get(0);
      }
      pause();
    }
    throw new AssertionError("No mail to " + address + " within " + timeout);
  }

  /** The first mail to this address whose subject contains {@code subject}, waiting for it up to {@code timeout}. */
  public MimeMessage first(String address, String subject, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (MimeMessage message : of(address)) {
        if (Mails.subject(message).contains(subject)) {
          return message;
        }
      }
      pause();
    }
    throw new AssertionError("No mail '" + subject + "' to " + address + " within " + timeout);
  }

  private static void pause() {
    try {
      Thread.sleep(2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
