package org.pmc.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.Mailboxes;
import org.pmc.Mails;
import org.pmc.MovableClock;
import org.pmc.SignUp;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 14 (4): a registration reserves nothing until the link in its mail is clicked (R-PPL-7, R-PPL-8). */
class RegistrationByMailTest extends IntegrationTest {

  private static final String PASSWORD = "a-long-password";
  private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

  @Autowired
  TestPartners partners;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  MovableClock clock;

  @Test
  @DisplayName("Issue 14, R-PPL-7, R-PPL-8: registration answers 202 CONFIRMATION_SENT and creates nothing until the click; the click creates the organization with a 7-digit partner number; the link works once")
  void theClickCreatesTheOrganizationOnce() {
    String email = unique("first");
    SignUp signUp = signUp();

    String link = signUp.requestAndAwaitLink(email, SignUp.REGISTRATION, () -> {
      Http.Response answer = register("Contoso Mail", email);
      assertThat(answer.status()).isEqualTo(202);
      assertThat(answer.json().toString()).isEqualTo("{\"status\":\"CONFIRMATION_SENT\"}");
    });
    assertThat(organizations("Contoso Mail")).isZero();
    assertThat(people(email)).isZero();
    sendSignUpMails();
    MimeMessage mail = new Mailboxes(mailServer).first(email, MAIL_WAIT);
    assertThat(Mails.subject(mail)).isEqualTo("Confirm the registration of your organization");
    assertThat(Mails.text(mail)).contains("Contoso Mail", "7 days").doesNotContain(PASSWORD);

    Http.Response page = new Http(port).get(path(link));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.page().select("#registration").text()).contains("Contoso Mail", "DE", email);
    assertThat(organizations("Contoso Mail")).as("the page only shows").isZero();

    Http.Response confirmed = signUp.confirm(link);
    assertThat(confirmed.status()).isEqualTo(200);
    JsonNode organization = new Http(port).as(email, PASSWORD)
        .get("/api/organizations/" + confirmed.page().select("#organization-id").text()).json();
    assertThat(organization.get("name").asText()).isEqualTo("Contoso Mail");
    assertThat(organization.get("partnerNumber").asText()).matches("[1-9][0-9]{6}");
    assertThat(confirmed.page().select(".alert-success").text()).contains(organization.get("partnerNumber").asText());

    Http.Response again = signUp.confirm(link);
    assertThat(again.status()).isEqualTo(410);
    assertThat(again.page().text()).contains("This link has already been used.");
    assertThat(organizations("Contoso Mail")).isOne();
  }

  @Test
  @DisplayName("Issue 14, R-PPL-7: an unclicked registration link lapses after 7 days: a clear 410 page, nothing created")
  void theLinkLapsesAfterSevenDays() {
    String email = unique("late");
    SignUp signUp = signUp();
    String link = signUp.requestAndAwaitLink(email, SignUp.REGISTRATION, () -> register("Contoso Late", email));

    Duration week = Duration.ofDays(7).plusMinutes(1);
    clock.advance(week);
    try {
      Http.Response late = signUp.confirm(link);
      assertThat(late.status()).isEqualTo(410);
      assertThat(late.page().text()).contains("This link has expired.", "Register again");
    } finally {
      clock.advance(week.negated());
    }
    assertThat(organizations("Contoso Late")).isZero();
    assertThat(new Http(port).get("/confirm/not-a-token").status()).isEqualTo(400);
  }

  @Test
  @DisplayName("Issue 14, R-PPL-7: a registration for a taken address answers byte for byte like one for a free address and mails only the owner \"you already have an account\"")
  void aTakenAddressAnswersLikeAFreeOne() {
    Partner owner = partners.register("FR");
    String free = unique("free");

    Http.Response forFree = register("Contoso Free", free);
    Http.Response forTaken = register("Contoso Squat", owner.adminEmail());

    assertThat(forTaken.status()).isEqualTo(forFree.status()).isEqualTo(202);
    assertThat(forTaken.body()).isEqualTo(forFree.body());
    assertThat(forTaken.headersButDate()).isEqualTo(forFree.headersButDate());
    Mailboxes mailboxes = new Mailboxes(mailServer);
    sendSignUpMails();
    MimeMessage told = mailboxes.first(owner.adminEmail(), MAIL_WAIT);
    assertThat(Mails.subject(told)).isEqualTo("You already have an account in the Partner Membership Center");
    assertThat(Mails.text(told)).contains("/portal/login", "password", owner.partnerNumber())
        .doesNotContain("/confirm/", "Contoso Squat");
    sendSignUpMails();
    mailboxes.first(free, MAIL_WAIT);
    assertThat(Arrays.stream(mailServer.getReceivedMessages()).map(Mails::recipient))
        .containsExactlyInAnyOrder(owner.adminEmail(), free);
    assertThat(organizations("Contoso Squat")).isZero();
  }

  @Test
  @DisplayName("Issue 14, R-PPL-7: two pending registrations for one address: the first click wins, the second gets a clear \"already has an account\" page")
  void theFirstOfTwoClicksWins() {
    String email = unique("twice");
    SignUp signUp = signUp();
    String first = signUp.requestAndAwaitLink(email, SignUp.REGISTRATION, () -> register("Contoso One", email));
    String second = signUp.requestAndAwaitLink(email, SignUp.REGISTRATION, () -> register("Contoso Two", email));

    assertThat(signUp.confirm(second).status()).isEqualTo(200);
    Http.Response late = signUp.confirm(first);

    assertThat(late.status()).isEqualTo(409);
    assertThat(late.page().text()).contains("This address already has an account.");
    assertThat(organizations("Contoso One")).isZero();
    assertThat(organizations("Contoso Two")).isOne();
  }

  @Test
  @DisplayName("Issue 14, R-PPL-8: GET /api/partners/{partnerNumber} answers the name and the active locations; 404 for a free number, 400 naming partnerNumber for a malformed one")
  void partnerLookup() {
    Partner partner = partners.register("DK");
    Http anonymous = new Http(port);

    JsonNode found = anonymous.get("/api/partners/" + partner.partnerNumber()).json();

    assertThat(found.get("name").asText()).isEqualTo(partner.name());
    assertThat(found.get("locations")).hasSize(1);
    assertThat(found.get("locations").get(0).get("id").asText()).isEqualTo(partner.hqLocationId().toString());
    assertThat(found.get("locations").get(0).get("country").asText()).isEqualTo("DK");
    assertThat(found.fieldNames()).toIterable().containsExactly("name", "locations");
    String free = jdbc.sql("""
        select n::text from generate_series(1000000, 1000100) n
        where n::text not in (select partner_number from organization) limit 1""").query(String.class).single();
    assertThat(anonymous.get("/api/partners/" + free).status()).isEqualTo(404);
    Http.Response malformed = anonymous.get("/api/partners/12345");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("errors").findValuesAsText("field")).containsExactly("partnerNumber");
  }

  @Test
  @DisplayName("Issue 14, R-PPL-7: SMTP down when a registration's mail is due: its job fails and is retried, "
      + "never lost; SMTP back, the retry sends the link")
  void theSignUpMailSurvivesAnSmtpOutage() {
    String email = unique("outage");
    assertThat(register("Contoso Outage", email).status()).isEqualTo(202);
    UUID registration = jdbc.sql("select id from pending_registration where email = ?").param(email)
        .query(UUID.class).single();
    String instance = runtime.createProcessInstanceQuery().processDefinitionKey("sign-up-mail")
        .processInstanceBusinessKey(registration.toString()).singleResult().getId();
    Job send = management.createJobQuery().processInstanceId(instance).singleResult();

    mailServer.stop();
    try {
      assertThatThrownBy(() -> management.executeJob(send.getId())).isNotNull();
    } finally {
      mailServer.start();
    }
    assertThat(management.createJobQuery().jobId(send.getId()).singleResult().getRetries()).isEqualTo(5);
    assertThat(signUp().links(email, SignUp.REGISTRATION)).isEmpty();

    management.executeJob(send.getId());
    assertThat(signUp().links(email, SignUp.REGISTRATION)).hasSize(1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).as("done").isZero();
  }

  private Http.Response register(String name, String email) {
    return new Http(port).post("/api/organizations", """
        {"name": "%s", "country": "DE", "admin": {"firstName": "Reg", "lastName": "Istrant",
         "email": "%s", "password": "%s"}}""".formatted(name, email, PASSWORD));
  }

  private int organizations(String name) {
    return jdbc.sql("select count(*) from organization where name = ?").param(name).query(Integer.class).single();
  }

  private int people(String email) {
    return jdbc.sql("select count(*) from individual where email = ?").param(email).query(Integer.class).single();
  }

  private static String path(String link) {
    return link.substring(link.indexOf(SignUp.REGISTRATION));
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@registration-mail.example";
  }
}
