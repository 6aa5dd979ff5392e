package org.pmc.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One email: {@code template} names {@code templates/mail/<template>.html} and {@code .txt}, both
 * rendered with {@code model}.
 *
 * <p>Issue 14 (3): the subject is always our own fixed text. Text others chose (an organization's or location's
 * name, a person's name, a partner's reference text) never goes in a subject, and in a body only as a quotation:
 * a marked {@code blockquote} in HTML (Thymeleaf escapes it), {@link #quoted} lines in plain text.
 */
public record Mail(String to, String subject, String template, Map<String, Object> model,
    List<Attachment> attachments) {

  /** A file sent with the mail (an invoice's PDF). */
  public record Attachment(String filename, String contentType, byte[] content) {}

  public Mail {
    attachments = List.copyOf(attachments);
  }

  /** A mail without attachments. */
  public Mail(String to, String subject, String template, Map<String, Object> model) {
    this(to, subject, template, model, List.of());
  }

  /**
   * For a plain-text mail: every line of these texts prefixed "> ", so each reads as a quotation, not as ours; an
   * empty text is an empty quoted line (">").
   */
  public static String quoted(String... texts) {
    return Arrays.stream(texts)
        .flatMap(text -> text == null || text.isEmpty() ? Stream.of("")
            : text.replace("\r\n", "\n").replace('\r', '\n').lines())
        .map(line -> line.isBlank() ? ">" : "> " + line)
        .collect(Collectors.joining("\n"));
  }
}
