package org.pmc.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pmc.IntegrationTest;
import org.pmc.Mails;
import org.pmc.competency.Competency;
import org.pmc.reference.ReferenceStatus;
import org.pmc.reference.internal.ReferenceView;
import org.pmc.web.Languages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * Every mail of people, MCP and references, sent in each language (R-LOC): the subject is the bundle's text in
 * that language, both parts are complete (no {@code ??key??}), and a German or Japanese mail has no English
 * sentence left, only the names and figures it quotes.
 */
class MailLanguagesTest extends IntegrationTest {

  /** Words of the English mails that no German or Japanese mail may keep. */
  private static final List<String> ENGLISH = List.of("Hello", "Someone", "The link", "link works", "ignore",
      "Location:", "Thank you", "reminder", "partner number", "Confirm", "Please", "invite", "your ");

  @Autowired
  OutgoingMail outgoing;
  @Autowired
  MessageSource texts;

  static Stream<Arguments> mails() {
    return Stream.of(
        mail("account-exists", "mail.accountExists.subject.associated", Map.of("firstName", "Kim",
            "organizationName", "Contoso", "partnerNumber", "1234567", "associated", true,
            "signIn", "https://pmc.example/portal/login")),
        mail("account-exists", "mail.accountExists.subject.underWay", Map.of("firstName", "",
            "organizationName", "Contoso", "partnerNumber", "1234567", "associated", false,
            "signIn", "https://pmc.example/portal/login")),
        mail("association-confirmation", "mail.associationConfirmation.subject", Map.of("firstName", "Kim",
            "organizationName", "Contoso", "partnerNumber", "1234567", "locationName", "HQ", "days", 7L,
            "link", "https://pmc.example/join/abc")),
        mail("association-rejected", "mail.associationRejected.subject", Map.of("organizationName", "Contoso",
            "partnerNumber", "1234567", "locationName", "HQ", "quotedOrganizationName", Mail.quoted("Contoso"))),
        mail("association-requested", "mail.associationRequested.subject", Map.of("personName", "Kim Lee",
            "personEmail", "kim@example.com", "locationName", "HQ", "quotedPerson",
            Mail.quoted("Kim Lee <kim@example.com>"), "requestsUrl", "https://pmc.example/portal/people/requests",
            "dailyMails", 10, "lastToday", true, "partnerNumber", "1234567")),
        mail("invitation", "mail.invitation.subject", invitation(false)),
        mail("invitation", "mail.invitation.subject.reminder", invitation(true)),
        mail("invitation-held-elsewhere", "mail.heldElsewhere.subject", invitation(false)),
        mail("mcp-invitation", "mail.mcpInvitation.subject", Map.of("firstName", "Megan", "mcpId", "1000001",
            "partnerName", "Contoso", "locationName", "HQ", "link", "https://pmc.example/mcp/abc",
            "expiresAt", Instant.parse("2026-12-25T10:00:00Z"), "quotedPartnerName", Mail.quoted("Contoso"))),
        mail("password-reset", "mail.passwordReset.subject", Map.of("firstName", "Kim", "minutes", 30L,
            "link", "https://pmc.example/reset/abc")),
        mail("registration-confirmation", "mail.registration.subject", Map.of("firstName", "Kim",
            "organizationName", "Contoso", "country", "DE", "days", 7L, "link", "https://pmc.example/c/abc")),
        mail("reference-request", "mail.referenceRequest.subject", reference(Map.of("reminder", 0,
            "link", "https://pmc.example/r/abc", "quotedDescription", Mail.quoted("Migrated 400 mailboxes")))),
        mail("reference-request", "mail.referenceRequest.subject.reminder", reference(Map.of("reminder", 1,
            "link", "https://pmc.example/r/abc", "quotedDescription", Mail.quoted("Migrated 400 mailboxes")))),
        notice("APPROVED"), notice("DECLINED"), notice("UNCONFIRMED"), notice("EXPIRING"), notice("EXPIRED"));
  }

  @ParameterizedTest(name = "{0} ({1}) in every language")
  @MethodSource("mails")
  @DisplayName("R-LOC: each mail in en, de, fr, es and ja: subject from the bundle, no missing text, no English left")
  void eachMailInEachLanguage(String template, String subjectKey, List<Object> subjectArgs, Map<String, Object> model) {
    for (Locale language : Languages.SUPPORTED) {
      String to = "reader-" + UUID.randomUUID() + "@example.com";
      outgoing.send(new Mail(to, Mail.Subject.of(subjectKey, subjectArgs.toArray()), template, model).in(language));

      MimeMessage sent = mailTo(to).get(0);
      String expectedSubject = texts.getMessage(subjectKey, subjectArgs.toArray(), language);
      assertThat(Mails.subject(sent)).as(template + " " + language).isEqualTo(expectedSubject);
      String text = Mails.text(sent);
      String html = Mails.html(sent);
      assertThat(text).as(template + " text " + language).isNotBlank().doesNotContain("??");
      assertThat(html).as(template + " html " + language).contains("lang=\"" + language.getLanguage() + "\"")
          .doesNotContain("??");
      if (language.equals(Locale.GERMAN) || language.equals(Locale.JAPANESE)) {
        for (String english : ENGLISH) {
          assertThat(text).as(template + " text " + language).doesNotContain(english);
          assertThat(html.replaceAll("<[^>]*>", "")).as(template + " html " + language).doesNotContain(english);
        }
      }
    }
  }

  private static Arguments mail(String template, String subjectKey, Map<String, Object> model) {
    return Arguments.of(template, subjectKey, List.of(), model);
  }

  private static Arguments notice(String notice) {
    Map<String, Object> model = reference(Map.of("notice", notice, "recipientName", "Ann",
        "portalUrl", "https://pmc.example/portal/references"));
    return Arguments.of("reference-notice", "mail.referenceNotice.subject." + notice, List.of("Northwind"), model);
  }

  private static Map<String, Object> invitation(boolean reminder) {
    return Map.of("organizationName", "Contoso", "partnerNumber", "1234567", "locationName", "HQ",
        "quotedOrganizationName", Mail.quoted("Contoso"), "link", "https://pmc.example/i/abc", "reminder", reminder,
        "needsApproval", true);
  }

  private static Map<String, Object> reference(Map<String, Object> more) {
    Map<String, Object> model = new HashMap<>(more);
    model.put("partnerName", "Contoso");
    model.put("partnerNumber", "1234567");
    model.put("locationName", "HQ");
    model.put("competencyName", Competency.CLOUD_PRODUCTIVITY.title());
    model.put("reference", new ReferenceView(UUID.randomUUID(), "Northwind", "Nina North", "nina@northwind.example",
        "Migrated 400 mailboxes", UUID.randomUUID(), Competency.CLOUD_PRODUCTIVITY, ReferenceStatus.APPROVED,
        Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-11-26T10:00:00Z"),
        Instant.parse("2028-11-26T10:00:00Z"), "de"));
    return model;
  }
}
