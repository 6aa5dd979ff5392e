package org.pmc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;

/** The partner's requests in headless Chromium: the list, and a request's page with its diagram drawn and marked. */
class RequestsBrowserTest extends BrowserSession {

  @Autowired
  TestPartners partners;


  @Test
  @DisplayName("R-REF-1: a partner finds their reference on Requests, waiting for the customer, and its diagram marks the wait")
  void requestPageDrawsTheProcessWithTheCurrentStep() throws Exception {
    Partner partner = partners.register("DE", "Requests Browser");
    String referenceId = referenceAwaitingTheCustomer(partner, "nina@requests-browser.example");

    browser.go(url("/portal/login"));
    browser.type(By.id("username"), partner.adminEmail());
    browser.type(By.id("password"), TestPartners.PASSWORD);
    browser.click(By.xpath("//button[normalize-space()='Sign in']"));
    browser.waitFor(By.id("partner-number"));
    browser.click(By.linkText("Requests"));
    browser.waitFor(By.id("requests"));
    assertThat(browser.find(By.cssSelector("tr.request .waiting-for")).getText()).isEqualTo("Customer");
    browser.screenshot("requests-list");

    browser.click(By.linkText("Customer reference: Northwind (Cloud Productivity)"));
    browser.waitFor(By.cssSelector("#diagram[data-rendered=true]"));

    assertThat(browser.find(By.id("step")).getText()).isEqualTo("Waiting for the customer's confirmation");
    assertThat(browser.driver.findElements(By.cssSelector("#diagram .djs-element.current-step"))).isNotEmpty();
    assertThat(browser.find(By.id("steps")).getText()).contains("Send confirmation request");
    browser.screenshot("request-page");
  }
}
