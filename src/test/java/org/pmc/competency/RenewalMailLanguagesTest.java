package org.pmc.competency;

import java.time.LocalDate;
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
 * R-COMP-4: the renewal notices (window open, 30 and 7 days before the anniversary) read in each of the five
 * languages: the bundle's subject with the organization's name as it always had, the anniversary as the reader
 * writes a date, the competencies at risk listed, no English left in a German or Japanese one.
 */
class RenewalMailLanguagesTest extends IntegrationTest {

  static final List<Locale> LANGUAGES = Languages.SUPPORTED;

  private static final LocalDate ANNIVERSARY = LocalDate.of(2027, 11, 25);

  @Autowired
  OutgoingMail outgoing;
  @Autowired
  MessageSource texts;

  @ParameterizedTest
  @FieldSource("LANGUAGES")
  @DisplayName("R-COMP-4: each renewal notice in the reader's language, the anniversary in its date format")
  void renewalNotices(Locale language) {
    TranslatedMails mails = new TranslatedMails(outgoing, mailServer, texts);
    String anniversary = mails.formats(language).date(ANNIVERSARY);
    for (String notice : new String[] {"WINDOW_OPEN", "FIRST_REMINDER", "LAST_REMINDER"}) {
      Map<String, Object> model = new HashMap<>();
      model.put("organization", Map.of("name", "Contoso", "anniversaryDate", ANNIVERSARY));
      model.put("partnerNumber", "1234567");
      model.put("notice", notice);
      model.put("atRisk", List.of("Messaging"));
      model.put("portalUrl", "https://pmc.test/portal");
      mails.send("renewal-notice", Mail.Subject.of("mail.renewal-notice.subject." + notice, "Contoso"), model,
          language).isTranslated().says(notice.equals("WINDOW_OPEN") ? "mail.renewal-notice.windowOpen"
              : "mail.renewal-notice.anniversary", "Contoso", anniversary).says("mail.renewal-notice.atRisk")
          .contains("- Messaging", anniversary);
    }
  }
}
