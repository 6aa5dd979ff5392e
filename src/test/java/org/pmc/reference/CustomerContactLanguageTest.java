package org.pmc.reference;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.Mails;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.pmc.organization.OrganizationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * R-LOC, api.md "a reference takes contactLanguage": the customer's request, its reminders and the customer's page
 * are in the contact's language; the partner hears of the answer in the partner's own language.
 */
class CustomerContactLanguageTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  OrganizationService organizations;
  @Autowired
  MessageSource texts;

  Partner partner;
  Http admin;

  @BeforeEach
  void frenchPartner() {
    partner = partners.register("FR");
    organizations.speak(partner.organizationId(), "fr");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
  }

  @Test
  @DisplayName("R-REF-2, R-REF-5, R-LOC: contactLanguage ja → Japanese request, reminder and page; the partner's notice in French")
  void japaneseContactReadsJapaneseThePartnerFrench() {
    String customer = "yui-" + UUID.randomUUID() + "@example.jp";
    Http.Response created = create(customer, "\"ja\"");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("contactLanguage").asText()).isEqualTo("ja");
    String id = created.json().get("id").asText();
    String instance = byBusinessKey(id).singleResult().getId();

    runDueJobs(instance);
    fireTimer(instance); // 7 days without an answer: the reminder
    runDueJobs(instance);
    List<MimeMessage> toCustomer = mailTo(customer);
    assertThat(toCustomer).extracting(Mails::subject).containsExactly(
        text("mail.referenceRequest.subject", Locale.JAPANESE),
        text("mail.referenceRequest.subject.reminder", Locale.JAPANESE));
    assertThat(Mails.text(toCustomer.get(0))).contains("顧客事例", partner.name()).doesNotContain("Hello", "??");
    assertThat(Mails.text(toCustomer.get(1))).contains(text("mail.referenceRequest.reminder", Locale.JAPANESE));

    String link = Mails.answerLink(toCustomer.get(0));
    String path = link.substring(link.indexOf("/r/"));
    Http browser = new Http(port).speaking("en");
    Http.Response page = browser.get(path);
    Document shown = page.page();
    assertThat(shown.select("html").attr("lang")).isEqualTo("ja");
    assertThat(shown.select("h1").text()).isEqualTo("「" + partner.name() + "」の顧客事例");
    assertThat(shown.select("button[value=confirm]").text()).isEqualTo("確認");

    Document answered = browser.postForm(path, Map.of("answer", "confirm", "_csrf", page.csrfToken())).page();
    assertThat(answered.select("html").attr("lang")).isEqualTo("ja");
    assertThat(answered.select("#outcome").text()).startsWith("ありがとうございます。");

    runDueJobs(instance);
    MimeMessage notice = mailTo(partner.adminEmail()).stream()
        .filter(mail -> Mails.subject(mail).startsWith("Référence client")).findFirst().orElseThrow();
    assertThat(Mails.subject(notice)).isEqualTo("Référence client confirmée par Northwind");
    assertThat(Mails.text(notice)).contains("a confirmé votre référence client");
  }

  @Test
  @DisplayName("R-LOC: without contactLanguage a reference's contact reads English")
  void contactLanguageDefaultsToEnglish() {
    Http.Response created = create("nina-" + UUID.randomUUID() + "@northwind.example", null);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("contactLanguage").asText()).isEqualTo("en");
  }

  @Test
  @DisplayName("R-LOC: a contactLanguage we do not write in is refused (400) naming the field")
  void unknownContactLanguageIsRefused() {
    Http.Response refused = create("nina-" + UUID.randomUUID() + "@northwind.example", "\"xx\"");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("contactLanguage");
  }

  @Test
  @DisplayName("R-REF-6, R-LOC: the assignment body may change the contact's language; a bad code is refused naming the field")
  void assignmentChangesTheContactLanguage() {
    String id = create("nina-" + UUID.randomUUID() + "@northwind.example", "\"en\"").json().get("id").asText();
    String path = "/api/organizations/" + partner.organizationId() + "/references/" + id + "/assignment";
    String body = """
        {"locationId": "%s", "competency": "CLOUD_PRODUCTIVITY", "contactLanguage": %s}""";

    Http.Response refused = admin.put(path, body.formatted(partner.hqLocationId(), "\"EN-us\""));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("contactLanguage");

    Http.Response changed = admin.put(path, body.formatted(partner.hqLocationId(), "\"de\""));
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().get("contactLanguage").asText()).isEqualTo("de");
  }

  @Test
  @DisplayName("R-LOC: the portal form offers the contact's language, the organization's preselected, and saves it")
  void portalFormSavesTheContactLanguage() {
    Http browser = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);
    Document form = browser.get("/portal/references/new").page();
    assertThat(form.select("label[for=contactLanguage]")).isNotEmpty();
    assertThat(form.select("#contactLanguage option[selected]").val()).isEqualTo("fr");
    assertThat(form.select("#contactLanguage option").eachAttr("value")).containsExactly("en", "de", "fr", "es", "ja");

    String customer = "ana-" + UUID.randomUUID() + "@example.es";
    Http.Response saved = browser.submit("/portal/references/new", Map.of("customerCompany", "Northwind",
        "contactName", "Ana", "contactEmail", customer, "description", "Migrated 400 mailboxes",
        "locationId", partner.hqLocationId().toString(), "competency", "CLOUD_PRODUCTIVITY", "contactLanguage", "es"));
    assertThat(saved.status()).isEqualTo(302);

    String id = admin.get("/api/organizations/" + partner.organizationId() + "/references").json().findValues("id")
        .stream().map(node -> node.asText()).filter(reference -> admin.get("/api/organizations/"
            + partner.organizationId() + "/references/" + reference).json().get("contactEmail").asText()
            .equals(customer)).findFirst().orElseThrow();
    assertThat(admin.get("/api/organizations/" + partner.organizationId() + "/references/" + id).json()
        .get("contactLanguage").asText()).isEqualTo("es");
    runDueJobsOf(byBusinessKey(id));
    assertThat(Mails.subject(mailTo(customer).get(0)))
        .isEqualTo(text("mail.referenceRequest.subject", Locale.forLanguageTag("es")));
  }

  private Http.Response create(String contactEmail, String contactLanguage) {
    return admin.post("/api/organizations/" + partner.organizationId() + "/references", """
        {"customerCompany": "Northwind", "contactName": "Yui", "contactEmail": "%s",
         "description": "Migrated 400 mailboxes", "locationId": "%s", "competency": "CLOUD_PRODUCTIVITY"%s}"""
        .formatted(contactEmail, partner.hqLocationId(),
            contactLanguage == null ? "" : ", \"contactLanguage\": " + contactLanguage));
  }

  private String text(String key, Locale language) {
    return texts.getMessage(key, null, language);
  }
}
