package org.pmc.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;

/** A test with a fresh headless Chromium per test method, closed after it. */
abstract class BrowserSession extends IntegrationTest {

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

  /** A customer reference the partner's admin creates over the API, its confirmation request mailed; its id. */
  String referenceAwaitingTheCustomer(Partner partner, String contactEmail) {
    return referenceAwaitingTheCustomer(partner, contactEmail, "en");
  }

  /** As above, the customer contact speaking this language ({@code contactLanguage}). */
  String referenceAwaitingTheCustomer(Partner partner, String contactEmail, String contactLanguage) {
    String referenceId = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD)
        .post("/api/organizations/" + partner.organizationId() + "/references", """
            {"customerCompany": "Northwind", "contactName": "Nina North", "contactEmail": "%s",
             "description": "Migrated 400 mailboxes", "locationId": "%s", "competency": "CLOUD_PRODUCTIVITY",
             "contactLanguage": "%s"}""".formatted(contactEmail, partner.hqLocationId(), contactLanguage)).json().get("id").asText();
    runDueJobsOf(byBusinessKey(referenceId));
    return referenceId;
  }
}
