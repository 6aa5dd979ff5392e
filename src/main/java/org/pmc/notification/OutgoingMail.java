package org.pmc.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.Optional;
import org.pmc.notification.internal.SentMails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
  private final NotificationProperties properties;
  private final SentMails ledger;

  OutgoingMail(JavaMailSender sender, TemplateEngine templates, NotificationProperties properties,
      SentMails ledger) {
    this.sender = sender;
    this.templates = templates;
    this.properties = properties;
    this.ledger = ledger;
  }

  public void send(Mail mail) {
    Context context = new Context(Locale.ENGLISH, mail.model());
    context.setVariable("subject", mail.subject());
    String html = templates.process("mail/" + mail.template(), context);
    String text = templates.process("mail/" + mail.template() + ".txt", context);
    MimeMessage message = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(properties.mailFrom());
      helper.setTo(mail.to());
      helper.setSubject(mail.subject());
      helper.setText(text, html);
      for (Mail.Attachment attachment : mail.attachments()) {
        helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
            attachment.contentType());
      }
    } catch (MessagingException e) {
      throw new MailPreparationException("Could not build the email '" + mail.subject() + "'", e);
    }
    Optional<SentMails.Entry> key = ledger.key(mail);
    if (key.isEmpty()) {
      sender.send(message);
    } else if (!ledger.sendOnce(key.get(), () -> sender.send(message))) {
      log.info("Mail '{}' to {} already sent by this job before it was interrupted: not sent again",
          mail.template(), mail.to());
      return;
    }
    log.info("Sent mail '{}' to {}", mail.template(), mail.to());
  }
}
