package org.pmc.people;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.Mails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * R-PPL-7, R-LOC: a person who registers is nobody we know yet; the confirmation mail, sent later by a job, is in
 * the language of the request.
 */
class SignUpMailLanguageTest extends IntegrationTest {

  @Autowired
  MessageSource texts;

  @Test
  @DisplayName("R-PPL-7, R-LOC: a registration asked for in Japanese is confirmed by a Japanese mail")
  void registrationConfirmationInTheRequestsLanguage() {
    String email = "kenji-" + UUID.randomUUID() + "@example.jp";
    Http.Response asked = new Http(port).speaking("ja").post("/api/organizations", """
        {"name": "Fabrikam Japan", "country": "JP", "admin": {"firstName": "Kenji", "lastName": "Sato",
         "email": "%s", "password": "a-long-password"}}""".formatted(email));
    assertThat(asked.status()).isEqualTo(202);

    sendSignUpMails();

    MimeMessage mail = mailTo(email).get(0);
    assertThat(Mails.subject(mail)).isEqualTo(texts.getMessage("mail.registration.subject", null, Locale.JAPANESE));
    assertThat(Mails.text(mail)).contains("Kenji 様", "> Fabrikam Japan (JP)").doesNotContain("Hello", "??");
    assertThat(Mails.html(mail)).contains("lang=\"ja\"");
  }

  @Test
  @DisplayName("R-PPL-7, R-LOC: a registration asked for in English (the default) is confirmed in English")
  void registrationConfirmationInEnglishByDefault() {
    String email = "kim-" + UUID.randomUUID() + "@example.com";
    new Http(port).post("/api/organizations", """
        {"name": "Fabrikam", "country": "DE", "admin": {"firstName": "Kim", "lastName": "Lee",
         "email": "%s", "password": "a-long-password"}}""".formatted(email));

    sendSignUpMails();

    assertThat(Mails.subject(mailTo(email).get(0))).isEqualTo("Confirm the registration of your organization");
  }
}
