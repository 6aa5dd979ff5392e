package org.pmc.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One email: {@code template} names {@code templates/mail/<template>.html} and {@code .txt}, both
 * rendered with {@code model}, and the subject is a text of the mail bundles ({@code i18n/mail*.properties}), all in
 * {@code language}: null for the recipient's own ({@link RecipientLanguages}), else the language the mail must be
 * in (a customer's mails follow the reference's {@code contactLanguage}).
 *
 * <p>Issue 14 (3): the subject is always our own fixed text. Text others chose (an organization's or location's
 * name, a person's name, a partner's reference text) never goes in a subject, and in a body only as a quotation:
 * a marked {@code blockquote} in HTML (Thymeleaf escapes it), {@link #quoted} lines in plain text.
 */
public record Mail(String to, Subject subject, String template, Map<String, Object> model,
    List<Attachment> attachments, Locale language) {

  /** A file sent with the mail (an invoice's PDF). */
  public record Attachment(String filename, String contentType, byte[] content) {}

  /**
   * The subject: the text of {@code key} in the mail's language, its {0}, {1}... filled with {@code args} (our
   * own words or figures only, never text others chose).
   */
  public record Subject(String key, List<Object> args) {

    public Subject {
      args = List.copyOf(args);
    }

    public static Subject of(String key, Object... args) {
      return new Subject(key, List.of(args));
    }
  }

  public Mail {
    attachments = List.copyOf(attachments);
  }

  /** A mail in the recipient's own language. */
  public Mail(String to, Subject subject, String template, Map<String, Object> model) {
    this(to, subject, template, model, List.of(), null);
  }

  /** A mail with attachments in the recipient's own language. */
  public Mail(String to, Subject subject, String template, Map<String, Object> model, List<Attachment> attachments) {
    this(to, subject, template, model, attachments, null);
  }

  /** This mail in the given language rather than the recipient's own. */
  public Mail in(Locale language) {
    return new Mail(to, subject, template, model, attachments, language);
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
