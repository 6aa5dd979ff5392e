package org.pmc.people;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.Mailboxes;
import org.pmc.Mails;
import org.pmc.SignUp;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14 (4): an association request goes by partner number and reserves nothing until the link in its mail
 * is clicked (R-PPL-3, R-PPL-7, R-PPL-8).
 */
class AssociationRequestByMailTest extends IntegrationTest {

  private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

  @Autowired
  TestPartners partners;
  @Autowired
  JdbcClient jdbc;

  Partner partner;
  Http admin;
  SignUp signUp;

  @BeforeEach
  void partner() {
    partner = partners.register("NL");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    signUp = signUp();
  }

  @Test
  @DisplayName("Issue 14, R-PPL-7: an association request for an address of another organization answers exactly like one for a new address and mails only its owner")
  void anAddressOfAnotherOrganizationAnswersLikeANewOne() {
    Partner other = partners.register("BE");
    String newcomer = unique("nina");

    Http.Response forNew = request(newcomer);
    Http.Response forTaken = request(other.adminEmail());

    assertThat(forTaken.status()).isEqualTo(forNew.status()).isEqualTo(202);
    assertThat(forTaken.body()).isEqualTo(forNew.body()).isEqualTo("{\"status\":\"CONFIRMATION_SENT\"}");
    assertThat(forTaken.headersButDate()).isEqualTo(forNew.headersButDate());
    Mailboxes mailboxes = new Mailboxes(mailServer);
    sendSignUpMails();
    MimeMessage told = mailboxes.first(other.adminEmail(), MAIL_WAIT);
    assertThat(Mails.subject(told)).isEqualTo("You already have an account in the Partner Membership Center");
    assertThat(Mails.text(told)).contains(other.partnerNumber()).doesNotContain("/join/", partner.name());
    sendSignUpMails();
    assertThat(Mails.subject(mailboxes.first(newcomer, MAIL_WAIT)))
        .isEqualTo("Confirm your request to join a partner organization");
    assertThat(Arrays.stream(mailServer.getReceivedMessages()).map(Mails::recipient))
        .as("nobody else hears of it: not the organization asked, not the one the address belongs to")
        .containsExactlyInAnyOrder(other.adminEmail(), newcomer);
    assertThat(jdbc.sql("select count(*) from individual where organization_id = ? and email = ?")
        .params(partner.organizationId(), other.adminEmail()).query(Integer.class).single()).isZero();
  }

  @Test
  @DisplayName("Issue 14, R-PPL-3, R-PPL-7, R-PPL-8: asked by partner number, the person is REQUESTING only after the click; then the admin sees the request; the link works once")
  void theClickMakesThePersonRequesting() {
    String email = unique("rob");

    String link = signUp.requestAndAwaitLink(email, SignUp.ASSOCIATION, () -> request(email));
    assertThat(admin.get(org("/people?email=" + email)).json()).as("nothing before the click").isEmpty();
    assertThat(admin.get(org("/tasks")).json().findValuesAsText("email")).doesNotContain(email);
    Http.Response page = new Http(port).get(link.substring(link.indexOf(SignUp.ASSOCIATION)));
    assertThat(page.page().select("#request").text()).contains(partner.partnerNumber(), email, "Rob Requester");
    assertThat(admin.get(org("/people?email=" + email)).json()).as("the page only shows").isEmpty();

    Http.Response confirmed = signUp.confirm(link);

    assertThat(confirmed.status()).isEqualTo(200);
    assertThat(confirmed.page().select("#outcome").text()).contains("Your request waits for an admin of "
        + partner.name());
    assertThat(admin.get(org("/people?email=" + email)).json().findValuesAsText("status"))
        .containsExactly("REQUESTING");
    assertThat(admin.get(org("/tasks")).json().findValuesAsText("email")).contains(email);
    UUID person = SignUp.personId(admin, partner.organizationId(), email);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("individual-association")
        .processInstanceBusinessKey(person.toString()).count()).isOne();
    assertThat(signUp.confirm(link).status()).as("the link works once").isEqualTo(410);
  }

  @Test
  @DisplayName("Issue 14, R-PPL-7: a second request for an address already requesting answers the same and tells its owner the association is under way")
  void aSecondRequestIsAnsweredTheSame() {
    String email = unique("twice");
    signUp.requestAssociation(partner.partnerNumber(), partner.hqLocationId(), "Tom", "Twice", email);

    Http.Response again = request(email);

    assertThat(again.status()).isEqualTo(202);
    assertThat(again.body()).isEqualTo("{\"status\":\"CONFIRMATION_SENT\"}");
    sendSignUpMails();
    MimeMessage told = new Mailboxes(mailServer).first(email, "already under way", MAIL_WAIT);
    assertThat(Mails.text(told)).contains(partner.name(), partner.partnerNumber()).doesNotContain("/join/");
  }

  @Test
  @DisplayName("Issue 14, R-PPL-8: an unknown partner number or a location not of that partner is 400 naming the field, and mails nobody")
  void unknownPartnerOrForeignLocationIsRefusedNamingTheField() {
    Partner other = partners.register("BE");
    String free = jdbc.sql("""
        select n::text from generate_series(1000000, 1000100) n
        where n::text not in (select partner_number from organization) limit 1""").query(String.class).single();

    Http.Response unknown = new Http(port).post("/api/association-requests",
        SignUp.associationRequest(free, partner.hqLocationId(), "A", "B", unique("a")));
    Http.Response foreign = new Http(port).post("/api/association-requests",
        SignUp.associationRequest(partner.partnerNumber(), other.hqLocationId(), "A", "B", unique("b")));
    Http.Response malformed = new Http(port).post("/api/association-requests",
        SignUp.associationRequest("12-34", partner.hqLocationId(), "A", "B", unique("c")));

    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("errors").findValuesAsText("field")).containsExactly("partnerNumber");
    assertThat(foreign.status()).isEqualTo(400);
    assertThat(foreign.json().get("errors").findValuesAsText("field")).containsExactly("locationId");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("errors").findValuesAsText("field")).containsExactly("partnerNumber");
  }

  private Http.Response request(String email) {
    return new Http(port).post("/api/association-requests",
        SignUp.associationRequest(partner.partnerNumber(), partner.hqLocationId(), "Rob", "Requester", email));
  }

  private String org(String path) {
    return "/api/organizations/" + partner.organizationId() + path;
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@association-mail.example";
  }
}
