package org.pmc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.pmc.Http;
import org.pmc.Mails;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.pmc.organization.OrganizationService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * WCAG 2.1 A and AA (axe-core) on the portal's pages and the link pages (customer, invitee, password reset), in
 * headless Chromium, in English and in Japanese: no serious or critical violation, and every page in the language
 * it was asked for. Every finding, whatever its impact, is written to {@code target/axe/report-<language>.md}.
 */
class AccessibilityBrowserTest extends BrowserSession {

  static final List<String> PAGES = List.of("/portal", "/portal/requests", "/portal/competencies",
      "/portal/competencies/plan", "/portal/references", "/portal/references/new", "/portal/mcps", "/portal/people",
      "/portal/people/invite", "/portal/people/requests", "/portal/people/awaiting", "/portal/locations",
      "/portal/organization", "/portal/activity", "/portal/tasks", "/portal/orders", "/portal/orders/new",
      "/portal/invoices", "/portal/benefits", "/portal/shipments", "/portal/support", "/portal/profile",
      "/portal/licenses", "/portal/software", "/portal/agreement", "/portal/reviews");
  /** Pages a stranger opens: sign-up, password reset, asking to join, and a link that does not work. */
  static final List<String> LINK_PAGES = List.of("/portal/register", "/portal/forgot-password", "/join",
      "/r/not-a-link");
  private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final Set<String> BLOCKING = Set.of("serious", "critical");

  @Autowired
  TestPartners partners;
  @Autowired
  OrganizationService organizations;

  final Map<String, List<Rule>> findings = new LinkedHashMap<>();

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"en", "ja"})
  @DisplayName("WCAG 2.1 AA: no serious or critical axe-core violation on the portal's pages, a request's page and the link pages, each in the language asked for; a skip link leads past the menu")
  void pagesPassAxe(String language) throws Exception {
    Partner partner = partners.register("DE", "Accessible Partner");
    Http admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    String referenceId = referenceAwaitingTheCustomer(partner, "nina-" + language + "@axe.example", language);
    String customerLink = Mails.answerLink(mailTo("nina-" + language + "@axe.example").get(0));
    // The invitee's page is in the organization's language until they choose one of their own.
    organizations.speak(partner.organizationId(), language);
    String invitationPage = invitationPage(partner, admin, "sam-" + language + "@axe.example");
    assertThat(admin.put("/api/me", """
        {"firstName": "Ada", "lastName": "Admin", "language": "%s"}""".formatted(language)).status()).isEqualTo(200);

    browser.go(url("/portal/login"));
    browser.driver.manage().addCookie(new Cookie("pmc-lang", language));
    for (String page : LINK_PAGES) {
      check(page, language);
    }
    check(invitationPage, language);
    check("/portal/login", language);
    browser.type(By.id("username"), partner.adminEmail());
    browser.type(By.id("password"), TestPartners.PASSWORD);
    browser.click(By.cssSelector("form button[type=submit]"));
    browser.waitFor(By.id("partner-number"));
    for (String page : PAGES) {
      check(page, language);
    }
    // WCAG 2.4.1: the first Tab reaches "Skip to content", which leads past the menu to the page's main content.
    browser.driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
    assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("skip-link");
    assertThat(browser.driver.findElements(By.id("main"))).hasSize(1);
    check("/portal/requests/REFERENCE/" + referenceId, language);
    check(customerLink.substring(customerLink.indexOf("/r/")), language);
    report(language);

    assertThat(findings).hasSize(PAGES.size() + LINK_PAGES.size() + 4);
    assertThat(findings).allSatisfy((page, rules) -> assertThat(rules).as(page)
        .noneMatch(rule -> BLOCKING.contains(rule.getImpact())));
  }

  /** The page of a single invitation, which the invited person opens from their mail. */
  private String invitationPage(Partner partner, Http admin, String email) {
    String personId = admin.post("/api/organizations/" + partner.organizationId() + "/people", """
        {"firstName": "Sam", "lastName": "Stone", "email": "%s", "locationId": "%s"}"""
        .formatted(email, partner.hqLocationId())).json().get("id").asText();
    runDueJobsOf(byBusinessKey(personId));
    return Mails.invitationPath(mailTo(email).get(0));
  }

  private void check(String path, String language) {
    browser.go(url(path));
    assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).as(path).isEqualTo(language);
    findings.put(path, new AxeBuilder().withTags(WCAG_AA).analyze(browser.driver).getViolations());
  }

  private void report(String language) throws IOException {
    Files.createDirectories(Path.of("target", "axe"));
    Files.writeString(Path.of("target", "axe", "report-" + language + ".md"), "| page | violations |\n|---|---|\n"
        + findings.entrySet().stream().map(entry -> "| " + entry.getKey() + " | " + entry.getValue().stream()
            .map(rule -> rule.getImpact() + " " + rule.getId() + " ×" + rule.getNodes().size() + " "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
            .collect(Collectors.joining(", ")) + " |").collect(Collectors.joining("\n")) + "\n");
  }
}
