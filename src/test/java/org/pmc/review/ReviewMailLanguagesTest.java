package org.pmc.review;

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
import org.pmc.web.Languages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * R-LOC-5, R-LOC-7, R-LOC-8, R-REV-2: the mails of RSC reviews and merges read in each of the five languages: the
 * subject is the bundle's (a name it has always carried stays as its argument), whole sentences for a merge and a
 * dissociation, no text missing, no English left in a German or Japanese one.
 */
class ReviewMailLanguagesTest extends IntegrationTest {

  static final List<Locale> LANGUAGES = Languages.SUPPORTED;

  @Autowired
  OutgoingMail outgoing;
  @Autowired
  MessageSource texts;

  @ParameterizedTest
  @FieldSource("LANGUAGES")
  @DisplayName("R-LOC-5, R-LOC-7: the decision, approved or rejected, on a dissociation and a merge, in the reader's language")
  void decided(Locale language) {
    for (String type : new String[] {"DISSOCIATION", "MERGE"}) {
      for (boolean approved : new boolean[] {true, false}) {
        Map<String, Object> model = review(type);
        model.put("approved", approved);
        model.put("comment", "OK");
        String outcome = approved ? "approved." : "rejected.";
        mails().send("review-decided", Mail.Subject.of("mail.review-decided.subject." + outcome + type, "Odense"),
            model, language).isTranslated()
            .says("mail.review-decided." + outcome + type, "Odense", "Contoso").says("mail.review-decided.comment");
      }
    }
  }

  @ParameterizedTest
  @FieldSource("LANGUAGES")
  @DisplayName("R-REV-2: the RSC's question and its reminder, and the reviewers' reminder, in the reader's language")
  void questionsAndReminders(Locale language) {
    for (String type : new String[] {"DISSOCIATION", "MERGE"}) {
      Map<String, Object> model = review(type);
      model.put("question", "Odense?");
      model.put("answerUrl", "https://pmc.test/portal/reviews/1/question");
      for (String subject : new String[] {"subject.", "reminderSubject."}) {
        mails().send("review-question", Mail.Subject.of("mail.review-question." + subject + type, "Odense"), model,
            language).isTranslated().says("mail.review-question.asks." + type, "Odense", "Contoso")
            .contains("Odense?", "/portal/reviews/1/question");
      }
      model.put("tasklist", "https://pmc.test/camunda/app/tasklist/");
      model.put("firstName", "Riley");
      mails().send("review-reminder", Mail.Subject.of("mail.review-reminder.subject." + type, "Odense"), model,
          language).isTranslated().says("mail.review-reminder.asked." + type, "Contoso", "Odense")
          .says("mail.billing-mail.helloName", "Riley");
    }
  }

  @ParameterizedTest
  @FieldSource("LANGUAGES")
  @DisplayName("R-LOC-8: consent asked (and reminded), given, the merge decided and declined, in the reader's language")
  void merges(Locale language) {
    Map<String, Object> other = otherSide();
    other.put("impact", List.of("3 × Odense"));
    other.put("tasksUrl", "https://pmc.test/portal/tasks");
    other.put("quotedAsking", Mail.quoted("Contoso"));
    other.put("quotedReason", Mail.quoted("Lorem ipsum."));
    for (boolean reminder : new boolean[] {false, true}) {
      other.put("reminder", reminder);
      mails().send("merge-consent-request", Mail.Subject.of(reminder ? "mail.merge-consent-request.reminderSubject"
          : "mail.merge-consent-request.subject"), other, language).isTranslated()
          .says("mail.merge-consent-request.asks", "Fabrikam").says("mail.merge-consent-request.then")
          .contains("> Contoso", "> Lorem ipsum.", "- 3 × Odense", "/portal/tasks");
    }
    mails().send("merge-consent-given", Mail.Subject.of("mail.merge-consent-given.subject"), review("MERGE"),
        language).isTranslated().says("mail.merge-consent-given.body", "Odense", "Contoso");
    for (boolean approved : new boolean[] {true, false}) {
      other.put("approved", approved);
      other.put("comment", "");
      mails().send("merge-decided", Mail.Subject.of("mail.merge-decided.subject"), other, language).isTranslated()
          .says("mail.merge-decided." + (approved ? "approved" : "rejected"), "Fabrikam", "Contoso");
    }
    for (boolean expired : new boolean[] {true, false}) {
      Map<String, Object> asking = review("MERGE");
      asking.put("expired", expired);
      asking.put("asking", true);
      mails().send("merge-declined", Mail.Subject.of("mail.merge-declined.subject.asking"), asking, language)
          .isTranslated().says(expired ? "mail.merge-declined.expiredAsking" : "mail.merge-declined.declinedAsking",
              "Odense", "Contoso");
      other.put("expired", expired);
      other.put("asking", false);
      mails().send("merge-declined", Mail.Subject.of("mail.merge-declined.subject.other"), other, language)
          .isTranslated().says(expired ? "mail.merge-declined.expiredOther" : "mail.merge-declined.declinedOther",
              "Fabrikam", "Contoso");
    }
  }

  private TranslatedMails mails() {
    return new TranslatedMails(outgoing, mailServer, texts);
  }

  /** A mail to the organization that asked (ReviewMails.model): Contoso, about Odense. */
  private static Map<String, Object> review(String type) {
    Map<String, Object> model = new HashMap<>();
    model.put("organizationName", "Contoso");
    model.put("partnerNumber", "1234567");
    model.put("type", type);
    model.put("target", "Odense");
    model.put("reason", "Lorem ipsum.");
    model.put("reviewId", "1");
    return model;
  }

  /** A mail to the other organization of a merge (ReviewMails.otherSide): Fabrikam, asked by Contoso. */
  private static Map<String, Object> otherSide() {
    Map<String, Object> model = new HashMap<>();
    model.put("organizationName", "Fabrikam");
    model.put("partnerNumber", "7654321");
    model.put("askingOrganization", "Contoso");
    model.put("reason", "Lorem ipsum.");
    model.put("reviewId", "1");
    return model;
  }
}
