package org.pmc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;

/** A forgotten password in a real browser (headless Chromium), from the login page back to signing in. */
class PasswordResetBrowserTest extends IntegrationTest {

  private static final String NEW_PASSWORD = "a-brand-new-secret";

  @Autowired
  TestPartners partners;

  @Test
  @DisplayName("Issue 17, api.md POST /api/password-reset: Forgot password? on the login page, the link from the mailbox, a new password, and signing in with it")
  void forgottenPassword() throws Exception {
    try (Browser browser = Browser.open()) {
      forgetAndReset(browser, partners.register("DE"));
    }
  }

  private void forgetAndReset(Browser browser, Partner partner) throws Exception {
    browser.go(url("/portal/login"));
    browser.click(By.linkText("Forgot password?"));
    browser.type(By.id("email"), partner.adminEmail());
    browser.screenshot("reset-01-forgot-password");

    String link = signUp().requestAndAwaitLink(partner.adminEmail(), "/reset/",
        () -> browser.click(By.xpath("//button[normalize-space()='Send me a link']")));
    assertThat(browser.find(By.id("outcome")).getText()).contains("30 minutes");
    browser.go(url(link.substring(link.indexOf("/reset/"))));
    browser.type(By.id("password"), NEW_PASSWORD);
    browser.type(By.id("confirm"), NEW_PASSWORD);
    browser.screenshot("reset-02-new-password");
    browser.click(By.xpath("//button[normalize-space()='Set password']"));

    assertThat(browser.find(By.cssSelector(".alert-success")).getText()).contains("new password is set");
    browser.type(By.id("username"), partner.adminEmail());
    browser.type(By.id("password"), NEW_PASSWORD);
    browser.click(By.xpath("//button[normalize-space()='Sign in']"));
    browser.waitFor(By.id("my-profile"));
    assertThat(browser.driver.getCurrentUrl()).endsWith("/portal");
    browser.screenshot("reset-03-signed-in");
  }
}
