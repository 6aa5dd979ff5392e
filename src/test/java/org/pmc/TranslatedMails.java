package org.pmc;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.pmc.notification.Mail;
import org.pmc.notification.OutgoingMail;
import org.pmc.web.LocalFormats;
import org.springframework.context.MessageSource;

/**
 * A mail of ours sent for real (templates, bundles, SMTP to GreenMail) in a given language, and what a reader of
 * that language must find in it: the subject the bundle has for them, no missing text ({@code ??key_de??}), and in
 * German and Japanese none of the English sentences' words.
 */
public final class TranslatedMails {

  /** Words only an English sentence of these mails has; the models' own words avoid them. */
  private static final List<String> ENGLISH = List.of("Hello", "Please", "Thank", "Your ", " your ", " the ",
      " was ", " and ", " is ", "Reminder", "Open ");

  private final OutgoingMail mail;
  private final GreenMail server;
  private final MessageSource texts;

  public TranslatedMails(OutgoingMail mail, GreenMail server, MessageSource texts) {
    this.mail = mail;
    this.server = server;
    this.texts = texts;
  }

  /** How the reader of {@code language} writes dates, money and labels ({@code #fmt}), in UTC. */
  public LocalFormats formats(Locale language) {
    return new LocalFormats(language, ZoneOffset.UTC, texts);
  }

  /** Sends the mail in {@code language} to an address of its own and returns it as received. */
  public Received send(String template, Mail.Subject subject, Map<String, Object> model, Locale language) {
    String to = template + "-" + language.getLanguage() + "-" + UUID.randomUUID() + "@mail.test";
    mail.send(new Mail(to, subject, template, model).in(language));
    MimeMessage received = new Mailboxes(server).first(to, Duration.ofSeconds(5));
    return new Received(received, subject, language);
  }

  /** One received mail and what it was sent as. */
  public final class Received {

    private final MimeMessage message;
    private final Mail.Subject subject;
    private final Locale language;

    Received(MimeMessage message, Mail.Subject subject, Locale language) {
      this.message = message;
      this.subject = subject;
      this.language = language;
    }

    public String text() {
      return Mails.text(message).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** The HTML alternative, decoded. */
    public String html() {
      try {
        return html(message);
      } catch (MessagingException | IOException e) {
        throw new IllegalStateException(e);
      }
    }

    private static String html(Part part) throws MessagingException, IOException {
      if (part.isMimeType("text/html")) {
        return (String) part.getContent();
      }
      if (part.getContent() instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          String html = html(multipart.getBodyPart(i));
          if (!html.isEmpty()) {
            return html;
          }
        }
      }
      return "";
    }

    public String subject() {
      return Mails.subject(message);
    }

    /** The subject is the bundle's in the mail's language, every text is there, and no English is left over. */
    public Received isTranslated() {
      assertThat(subject()).as("subject in %s", language)
          .isEqualTo(texts.getMessage(subject.key(), subject.args().toArray(), language));
      assertThat(text()).as("plain text in %s", language).doesNotContain("??").isNotBlank();
      assertThat(html()).as("HTML in %s", language).doesNotContain("??").contains("lang=\"" + language.getLanguage());
      if (!language.getLanguage().equals("en")) {
        assertThat(subject()).as("subject in %s", language)
            .isNotEqualTo(texts.getMessage(subject.key(), subject.args().toArray(), Locale.ENGLISH));
      }
      if (language.getLanguage().equals("de") || language.getLanguage().equals("ja")) {
        assertThat(text()).as("plain text in %s", language).doesNotContain(ENGLISH);
      }
      return this;
    }

    /** The text of {@code key} in the mail's language is in its plain text. */
    public Received says(String key, Object... args) {
      assertThat(text()).contains(texts.getMessage(key, args, language).replace('\u00a0', ' ')
          .replace('\u202f', ' '));
      return this;
    }

    public Received contains(String... parts) {
      assertThat(text()).contains(java.util.Arrays.stream(parts).map(part -> part.replace('\u00a0', ' ')
          .replace('\u202f', ' ')).toList());
      return this;
    }
  }
}
