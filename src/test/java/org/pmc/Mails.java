package org.pmc;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a person would read in an email: its decoded plain text, and the links in it. */
public final class Mails {

  private static final Pattern ANSWER_LINK = Pattern.compile("https?://[^\\s]+/r/[A-Za-z0-9_\\-.]+");
  private static final Pattern INVITATION_LINK = Pattern.compile("https?://[^\\s]+/i/[A-Za-z0-9_\\-.]+");

  private Mails() {}

  public static String text(MimeMessage message) {
    try {
      return text((Part) message);
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The HTML part of a mail ("" when it has none). */
  public static String html(MimeMessage message) {
    try {
      return part((Part) message, "text/html");
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String part(Part part, String type) throws MessagingException, IOException {
    if (part.isMimeType(type)) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String found = part(multipart.getBodyPart(i), type);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return "";
  }

  public static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first recipient's address. */
  public static String recipient(MimeMessage message) {
    return recipients(message).get(0);
  }

  /** Every recipient's address (To, Cc, Bcc). */
  public static List<String> recipients(MimeMessage message) {
    try {
      return Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The path {@code /i/<token>} of the invitation link in the email (R-PPL-1..4), to open it as the person. */
  public static String invitationPath(MimeMessage message) {
    Matcher matcher = INVITATION_LINK.matcher(text(message));
    if (!matcher.find()) {
      throw new AssertionError("No invitation link in: " + text(message));
    }
    return matcher.group().substring(matcher.group().indexOf("/i/"));
  }

  /** The customer-answer link {@code .../r/<token>} in the email. */
  public static String answerLink(MimeMessage message) {
    Matcher matcher = ANSWER_LINK.matcher(text(message));
    if (!matcher.find()) {
      throw new AssertionError("No answer link in: " + text(message));
    }
    return matcher.group();
  }

  private static String text(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        String text = text(body);
        if (!text.isEmpty()) {
          return text;
        }
      }
    }
    return "";
  }
}
