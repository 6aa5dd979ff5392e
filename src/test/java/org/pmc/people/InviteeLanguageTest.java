package org.pmc.people;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.nodes.Document;
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

/** R-PPL-1, R-LOC: an invited person has chosen no language yet: mail and page are in the organization's. */
class InviteeLanguageTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  OrganizationService organizations;
  @Autowired
  MessageSource texts;

  @Test
  @DisplayName("R-PPL-1, R-LOC: a Japanese organization's invitation and its profile page are in Japanese")
  void invitationAndPageInTheOrganizationsLanguage() {
    Partner partner = partners.register("JP");
    organizations.speak(partner.organizationId(), "ja");
    Http admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    String email = "aoi-" + UUID.randomUUID() + "@example.jp";
    assertThat(admin.post("/api/organizations/" + partner.organizationId() + "/invitations",
        "{\"emails\": \"" + email + "\", \"locationId\": \"" + partner.hqLocationId() + "\"}").status())
        .isEqualTo(200);

    runDueJobsOf(byBusinessKey(partner.hqLocationId()),
        byVariable("individual-association", "organizationId", partner.organizationId().toString()));
    MimeMessage mail = mailTo(email).get(0);
    assertThat(Mails.subject(mail)).isEqualTo(texts.getMessage("mail.invitation.subject", null, Locale.JAPANESE));
    assertThat(Mails.text(mail)).contains("> " + partner.name(), "拠点").doesNotContain("Hello", "??");

    Document page = new Http(port).speaking("en").get(Mails.invitationPath(mail)).page();
    assertThat(page.select("html").attr("lang")).isEqualTo("ja");
    assertThat(page.select("h1").text()).isEqualTo("「" + partner.name() + "」に参加");
    assertThat(page.select("label[for=firstName]").text()).isEqualTo("名");
  }
}
