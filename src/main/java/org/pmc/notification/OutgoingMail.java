package org.pmc.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.pmc.notification.internal.SentMails;
import org.pmc.web.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Sends every email of the application as HTML with a plain-text alternative, both from Thymeleaf
 * templates. Process mails are sent from asynchronous steps, so a failing SMTP server is retried by the
 * job executor and the request is never lost (the MCP invitation too, since issue 14).
 * A mail sent by a process job is sent once even when the job runs again ({@link SentMails}).
 */
@Service
public class OutgoingMail {

  private static final Logger log = LoggerFactory.getLogger(OutgoingMail.class);

  private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

  static {
    // Jakarta Mail 2.1 looks its stream provider up with a ServiceLoader scan of the class path for every
    // message, body part and header block it builds or parses (jakartaee/mail-api#861): in the benchmark
    // that scan took a tenth of the CPU of sending mail. Naming the implementation skips the scan; a value
    // the operator set wins.
    if (System.getProperty(STREAM_PROVIDER) == null) {
      System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
    }
  }

  private final JavaMailSender sender;
  private final TemplateEngine templates;
  private final MessageSource texts;
  private final NotificationProperties properties;
  private final SentMails ledger;
  private final ObjectProvider<RecipientLanguages> recipients;

  OutgoingMail(JavaMailSender sender, TemplateEngine templates, MessageSource texts,
      NotificationProperties properties, SentMails ledger, ObjectProvider<RecipientLanguages> recipients) {
    this.sender = sender;
    this.templates = templates;
    this.texts = texts;
    this.properties = properties;
    this.ledger = ledger;
    this.recipients = recipients;
  }

  public void send(Mail mail) {
    RecipientLanguages.Reader reader = reader(mail);
    Context context = new Context(reader.language(), mail.model());
    String subject = texts.getMessage(mail.subject().key(), mail.subject().args().toArray(), reader.language());
    context.setVariable("subject", subject);
    context.setVariable("timeZone", reader.timeZone().orElse(ZoneOffset.UTC));
    String html = templates.process("mail/" + mail.template(), context);
    String text = templates.process("mail/" + mail.template() + ".txt", context);
    MimeMessage message = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(properties.mailFrom());
      helper.setTo(mail.to());
      helper.setSubject(subject);
      helper.setText(text, html);
      for (Mail.Attachment attachment : mail.attachments()) {
        helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
            attachment.contentType());
      }
    } catch (MessagingException e) {
      throw new MailPreparationException("Could not build the email '" + subject + "'", e);
    }
    Optional<SentMails.Entry> key = ledger.key(mail);
    if (key.isEmpty()) {
      sender.send(message);
    } else if (!ledger.sendOnce(key.get(), () -> sender.send(message))) {
      log.info("Mail '{}' to {} already sent by this job before it was interrupted: not sent again",
          mail.template(), mail.to());
      return;
    }
    log.info("Sent mail '{}' to {} in {}", mail.template(), mail.to(), reader.language());
  }

  /** The mail's own language, else the recipient's, else English; times in the recipient's zone, else UTC. */
  private RecipientLanguages.Reader reader(Mail mail) {
    Optional<RecipientLanguages.Reader> recipient = Optional.ofNullable(recipients.getIfAvailable())
        .flatMap(languages -> languages.of(mail.to()));
    Locale language = Optional.ofNullable(mail.language())
        .or(() -> recipient.map(RecipientLanguages.Reader::language)).orElse(Languages.DEFAULT);
    return new RecipientLanguages.Reader(language, recipient.flatMap(RecipientLanguages.Reader::timeZone));
  }
}
