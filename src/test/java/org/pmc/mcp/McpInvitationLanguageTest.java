package org.pmc.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/** R-LOC: an MCP nobody knows as a partner's person reads the inviting organization's language, mail and page. */
class McpInvitationLanguageTest extends IntegrationTest {

  private static final Pattern LINK = Pattern.compile("https?://[^\\s]+(/m/[A-Za-z0-9_\\-.]+)");

  @Autowired
  TestPartners partners;
  @Autowired
  TestMcps mcps;
  @Autowired
  OrganizationService organizations;
  @Autowired
  MessageSource texts;

  @Test
  @DisplayName("R-MCP-2, R-LOC: a German organization's invitation reaches the MCP in German, and its page is German")
  void invitationInTheOrganizationsLanguage() {
    Partner partner = partners.register("DE");
    organizations.speak(partner.organizationId(), "de");
    Http admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    String mcpId = mcps.register("Ivy", "Invited", "MCSA_OFFICE_365");
    String email = TestMcps.email(mcpId);
    assertThat(admin.post("/api/organizations/" + partner.organizationId() + "/mcps/invitations", """
        {"mcpId": "%s", "email": "%s", "locationId": "%s"}""".formatted(mcpId, email, partner.hqLocationId()))
        .status()).isEqualTo(201);

    runDueJobsOf(byBusinessKey(mcps.associationId(mcpId)));
    MimeMessage mail = mailTo(email).get(0);
    assertThat(Mails.subject(mail)).isEqualTo(texts.getMessage("mail.mcpInvitation.subject", null, Locale.GERMAN));
    assertThat(Mails.text(mail)).contains("Guten Tag Ivy", "> " + partner.name(), mcpId).doesNotContain("Hello");

    Matcher link = LINK.matcher(Mails.text(mail));
    assertThat(link.find()).isTrue();
    Document page = new Http(port).speaking("en").get(link.group(1)).page();
    assertThat(page.select("html").attr("lang")).isEqualTo("de");
    assertThat(page.select("h1").text()).isEqualTo("Einladung von „" + partner.name() + "“");
    assertThat(page.select("main button[type=submit]").text()).isEqualTo("Annehmen");
  }
}
