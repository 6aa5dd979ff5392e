package org.pmc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.springframework.beans.factory.annotation.Autowired;

/** The staff console in a real browser (headless Chromium): an RSC reviewer finds an organization and opens it. */
class StaffConsoleBrowserTest extends IntegrationTest {

  static final String REVIEWER = "rsc-console-browser";
  static final String REVIEWER_PASSWORD = "reviewer-console-secret";

  @Autowired
  IdentityService identity;
  @Autowired
  TestPartners partners;

  Browser browser;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = Browser.open();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @DisplayName("R-PPL-8: an RSC reviewer signs in to the staff console, searches an organization by name and opens its page")
  void reviewerFindsAndOpensAnOrganization() throws Exception {
    Partner partner = partners.register("DE", "Woodgrove Console Browser");
    reviewerOfGroupRsc();

    browser.go(url("/staff"));
    browser.type(By.id("username"), REVIEWER);
    browser.type(By.id("password"), REVIEWER_PASSWORD);
    browser.screenshot("30-staff-login");
    browser.click(By.xpath("//button[normalize-space()='Sign in']"));
    browser.type(By.id("q"), "woodgrove console");
    browser.click(By.xpath("//button[normalize-space()='Search']"));
    browser.screenshot("31-staff-search");
    browser.click(By.linkText("Woodgrove Console Browser"));
    browser.waitFor(By.id("partner-number"));
    browser.screenshot("32-staff-organization");

    assertThat(browser.find(By.id("organization-name")).getText()).isEqualTo("Woodgrove Console Browser");
    assertThat(browser.find(By.id("partner-number")).getText()).isEqualTo(partner.partnerNumber());
    assertThat(browser.text()).contains(REVIEWER, "Renewal", "1 Main Street");
  }

  private void reviewerOfGroupRsc() {
    if (identity.createUserQuery().userId(REVIEWER).count() > 0) {
      return;
    }
    if (identity.createGroupQuery().groupId("rsc").count() == 0) {
      identity.saveGroup(identity.newGroup("rsc"));
    }
    User user = identity.newUser(REVIEWER);
    user.setFirstName("Riley");
    user.setLastName("Console");
    user.setPassword(REVIEWER_PASSWORD);
    identity.saveUser(user);
    identity.createMembership(REVIEWER, "rsc");
  }
}
