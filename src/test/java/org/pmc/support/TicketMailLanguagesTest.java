package org.pmc.support;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.pmc.IntegrationTest;
import org.pmc.TranslatedMails;
import org.pmc.notification.Mail;
import org.pmc.notification.OutgoingMail;
import org.pmc.support.internal.SupportChannel;
import org.pmc.support.internal.TicketPriority;
import org.pmc.web.Languages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * R-SUP-3, R-SUP-6: the support-ticket mails read in each of the five languages: the subject is the bundle's (the
 * ticket's own subject stays its argument), channel and priority as words of that language, no text missing, no
 * English left in a German or Japanese one.
 */
class TicketMailLanguagesTest extends IntegrationTest {

  static final List<Locale> LANGUAGES = Languages.SUPPORTED;

  @Autowired
  OutgoingMail outgoing;
  @Autowired
  MessageSource texts;

  @ParameterizedTest
  @FieldSource("LANGUAGES")
  @DisplayName("R-SUP-6: answered, escalated and asked, the partner reads it in their language; the channel as a word")
  void partnerNotices(Locale language) {
    Map<String, Object> model = ticketMail();
    model.put("notice", "ANSWERED");
    mails().send("ticket-notice", Mail.Subject.of("mail.ticket-notice.subject.ANSWERED", "Odense"), model, language)
        .isTranslated().says("mail.ticket-notice.answered", "Odense").says("mail.ticket-notice.answeredNext")
        .says("mail.billing-mail.helloName", "Ann").contains("42.", "/portal/support/tickets/1");
    model.put("notice", "QUESTION");
    model.put("question", "Odense?");
    mails().send("ticket-notice", Mail.Subject.of("mail.ticket-notice.subject.QUESTION", "Odense"), model, language)
        .isTranslated().says("mail.ticket-notice.question", "Odense").says("mail.ticket-notice.questionNext")
        .contains("Odense?");
    model.put("notice", "ESCALATED");
    String lead = texts.getMessage("SupportChannel.RSC_LEAD", null, language);
    mails().send("ticket-notice", Mail.Subject.of("mail.ticket-notice.subject.ESCALATED",
            new DefaultMessageSourceResolvable(new String[] {"SupportChannel.RSC_LEAD"}, "RSC_LEAD"), "Odense"),
        model, language).isTranslated().says("mail.ticket-notice.escalated", "Odense", lead);
  }

  @ParameterizedTest
  @FieldSource("LANGUAGES")
  @DisplayName("R-SUP-3: the reminder of a ticket waiting at the top, with its priority and channel as words")
  void groupReminder(Locale language) {
    Map<String, Object> model = ticketMail();
    model.put("organizationName", "Contoso");
    model.put("tasklist", "https://pmc.test/camunda/app/tasklist/");
    model.put("staffConsoleUrl", "https://pmc.test/staff/organizations/1");
    model.put("firstName", "");
    String high = texts.getMessage("TicketPriority.HIGH", null, language);
    String lead = texts.getMessage("SupportChannel.RSC_LEAD", null, language);
    mails().send("ticket-reminder", Mail.Subject.of("mail.ticket-reminder.subject",
            new DefaultMessageSourceResolvable(new String[] {"TicketPriority.HIGH"}, "HIGH"), "Contoso"),
        model, language).isTranslated().says("mail.ticket-reminder.waits", "Odense", "Contoso", high, lead)
        .says("mail.billing-mail.hello");
  }

  private TranslatedMails mails() {
    return new TranslatedMails(outgoing, mailServer, texts);
  }

  /** What TicketMails puts in: the ticket (here its properties only) and the partner's first name. */
  private static Map<String, Object> ticketMail() {
    Map<String, Object> ticket = new HashMap<>();
    ticket.put("subject", "Odense");
    ticket.put("answer", "42.");
    ticket.put("channel", SupportChannel.RSC_LEAD);
    ticket.put("priority", TicketPriority.HIGH);
    Map<String, Object> model = new HashMap<>();
    model.put("ticket", ticket);
    model.put("recipientName", "Ann");
    model.put("partnerNumber", "1234567");
    model.put("ticketUrl", "https://pmc.test/portal/support/tickets/1");
    model.put("question", "");
    return model;
  }
}
