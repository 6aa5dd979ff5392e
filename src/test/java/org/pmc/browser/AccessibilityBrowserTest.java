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
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pmc.Mails;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * WCAG 2.1 A and AA (axe-core) on the portal's pages and the customer's link page, in headless Chromium: no
 * serious or critical violation. Every finding, whatever its impact, is written to {@code target/axe/report.md}.
 */
class AccessibilityBrowserTest extends BrowserSession {

  static final List<String> PAGES = List.of("/portal", "/portal/requests", "/portal/competencies",
      "/portal/competencies/plan", "/portal/references", "/portal/references/new", "/portal/mcps", "/portal/people",
      "/portal/people/invite", "/portal/people/requests", "/portal/people/awaiting", "/portal/locations",
      "/portal/organization", "/portal/activity", "/portal/tasks", "/portal/orders", "/portal/orders/new",
      "/portal/invoices", "/portal/benefits", "/portal/shipments", "/portal/support", "/portal/profile",
      "/portal/licenses", "/portal/software", "/portal/agreement", "/portal/reviews");
  private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final Set<String> BLOCKING = Set.of("serious", "critical");

  @Autowired
  TestPartners partners;

  final Map<String, List<Rule>> findings = new LinkedHashMap<>();

  @Test
  @DisplayName("WCAG 2.1 AA: no serious or critical axe-core violation on the portal's pages, a request's page and the customer's page; a skip link leads past the menu")
  void pagesPassAxe() throws Exception {
    Partner partner = partners.register("DE", "Accessible Partner");
    String referenceId = referenceAwaitingTheCustomer(partner, "nina@axe.example");
    String link = Mails.answerLink(mailTo("nina@axe.example").get(0));

    check("/portal/login");
    browser.type(By.id("username"), partner.adminEmail());
    browser.type(By.id("password"), TestPartners.PASSWORD);
    browser.click(By.xpath("//button[normalize-space()='Sign in']"));
    browser.waitFor(By.id("partner-number"));
    for (String page : PAGES) {
      check(page);
    }
    // WCAG 2.4.1: the first Tab reaches "Skip to content", which leads past the menu to the page's main content.
    browser.driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
    assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("skip-link");
    assertThat(browser.driver.findElements(By.id("main"))).hasSize(1);
    check("/portal/requests/REFERENCE/" + referenceId);
    check(link.substring(link.indexOf("/r/")));
    report();

    assertThat(findings).hasSize(PAGES.size() + 3);
    assertThat(findings).allSatisfy((page, rules) -> assertThat(rules).as(page)
        .noneMatch(rule -> BLOCKING.contains(rule.getImpact())));
  }

  private void check(String path) {
    browser.go(url(path));
    findings.put(path, new AxeBuilder().withTags(WCAG_AA).analyze(browser.driver).getViolations());
  }

  private void report() throws IOException {
    Files.createDirectories(Path.of("target", "axe"));
    Files.writeString(Path.of("target", "axe", "report.md"), "| page | violations |\n|---|---|\n"
        + findings.entrySet().stream().map(entry -> "| " + entry.getKey() + " | " + entry.getValue().stream()
            .map(rule -> rule.getImpact() + " " + rule.getId() + " ×" + rule.getNodes().size() + " "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
            .collect(Collectors.joining(", ")) + " |").collect(Collectors.joining("\n")) + "\n");
  }
}
