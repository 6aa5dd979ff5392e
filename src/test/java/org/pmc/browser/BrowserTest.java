package org.pmc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.pmc.Http;
import org.pmc.Mails;
import org.pmc.ReaderForms;
import org.pmc.SignUp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What people do in a real browser (headless Chromium): the partner's portal, the customer's link from the
 * caught mail, and the RSC reviewer's Camunda Tasklist with its Camunda Form. Screenshots of each step are
 * saved under target/browser-screenshots/. Jobs are run by the test (the job executor is off in tests).
 */
class BrowserTest extends BrowserSession {

  static final String REVIEWER = "rsc-browser";
  static final String REVIEWER_PASSWORD = "reviewer-secret";

  @Autowired
  IdentityService identity;
  /** Issue 15: dates from the application's clock (UTC), not the machine's zone. */
  @Autowired
  Clock clock;
  @Autowired
  JdbcClient jdbc;


  @Test
  @DisplayName("R-PPL-1, R-REF-1, R-REF-2, R-REF-7: a partner registers and signs in, invites people, creates a reference; the customer confirms from the mail")
  void partnerInvitesAndCreatesAReferenceTheCustomerConfirms() throws Exception {
    String organization = registerInBrowser("Fabrikam Browser", "fiona@fabrikam-browser.example", "00");

    signIn("fiona@fabrikam-browser.example");
    browser.screenshot("01-portal-home");

    browser.go(url("/portal/people/invite"));
    browser.type(By.id("emails"), "ivy@fabrikam-browser.example; ian@fabrikam-browser.example; not-an-address");
    browser.screenshot("02-invite-people");
    browser.click(By.xpath("//button[normalize-space()='Send invitations']"));
    browser.waitFor(By.cssSelector("[role=status]"));
    browser.screenshot("03-people-invited");
    assertThat(browser.text()).contains("2 people invited", "not-an-address");

    browser.go(url("/portal/references/new"));
    browser.type(By.id("customerCompany"), "Northwind Traders");
    browser.type(By.id("contactName"), "Nina Northwind");
    browser.type(By.id("contactEmail"), "nina@northwind-browser.example");
    browser.type(By.id("description"), "Moved 300 mailboxes to the cloud");
    new Select(browser.find(By.id("competency"))).selectByValue("CLOUD_PRODUCTIVITY");
    browser.screenshot("04-new-reference");
    browser.click(By.xpath("//button[normalize-space()='Send to customer']"));
    browser.waitFor(By.xpath("//*[contains(., 'We emailed nina@northwind-browser.example')]"));
    browser.screenshot("05-reference-sent");

    runJobsOf(organization);
    assertThat(mailTo("ivy@fabrikam-browser.example")).hasSize(1);
    String link = Mails.answerLink(mailTo("nina@northwind-browser.example").get(0));
    browser.go(url(link.substring(link.indexOf("/r/"))));
    assertThat(browser.text()).contains("Fabrikam Browser", "Northwind Traders", "Moved 300 mailboxes");
    browser.screenshot("06-customer-link");
    browser.click(By.xpath("//button[normalize-space()='Confirm']"));
    browser.waitFor(By.id("outcome"));
    browser.screenshot("07-customer-confirmed");
    runJobsOf(organization);

    browser.go(url("/portal/references"));
    browser.screenshot("08-reference-approved");
    assertThat(browser.text()).contains("Northwind Traders");
    assertThat(new Http(port).as("fiona@fabrikam-browser.example", "a-long-password")
        .get("/api/organizations/" + organization + "/references").json().findValuesAsText("status"))
        .containsExactly("APPROVED");
  }

  @Test
  @DisplayName("R-LOC-5, R-REV-1, R-REV-5: an RSC reviewer signs into Tasklist and approves a dissociation through the Camunda Form; the activity log names them")
  void reviewerCompletesADissociationInTasklist() throws Exception {
    String organization = register("Contoso Browser", "carl@contoso-browser.example");
    Http partner = new Http(port).as("carl@contoso-browser.example", "a-long-password");
    String hq = partner.get("/api/organizations/" + organization).json().get("hqLocationId").asText();
    String branch = partner.post("/api/organizations/" + organization + "/locations", """
        {"name": "Lyon", "country": "FR", "parentId": "%s",
         "address": {"line1": "1 Main Street", "city": "Berlin", "postalCode": "10115", "country": "DE"}}""".formatted(hq)).json().get("id").asText();
    assertThat(partner.post("/api/organizations/" + organization + "/locations/" + branch + "/dissociation",
        "{\"reason\": \"Office closed\"}").status()).isEqualTo(202);
    reviewerOfGroupRsc();

    try {
      browser.go(url("/camunda/app/tasklist/default/#/login"));
      browser.type(By.cssSelector("input[type=text]"), REVIEWER);
      browser.type(By.cssSelector("input[type=password]"), REVIEWER_PASSWORD);
      browser.screenshot("10-tasklist-login");
      browser.click(By.cssSelector("button[type=submit]"));
      browser.click(By.xpath("//a[contains(., 'Dissociation of Lyon — Contoso Browser')]"));
      browser.screenshot("11-tasklist-task");
      // The form links the organization in the staff console: the reviewer looks before deciding.
      String console = browser.find(By.linkText("Open the organization in the staff console")).getAttribute("href");
      assertThat(console).endsWith("/staff/organizations/" + organization);
      String task = browser.driver.getCurrentUrl();
      // (its host is pmc.public-url, which tests leave at port 0: the path is followed on the test's port)
      String consolePage = url(URI.create(console).getPath());
      browser.go(consolePage);
      signInToTheStaffConsole();
      browser.waitFor(By.id("partner-number"));
      assertThat(browser.find(By.id("organization-name")).getText()).isEqualTo("Contoso Browser");
      browser.go(consolePage + "/locations");
      assertThat(browser.text()).contains("Lyon");
      browser.screenshot("14-staff-console-from-task");
      browser.go(task);
      browser.click(By.xpath("//*[(self::a or self::button) and normalize-space()='Claim']"));
      browser.tick(By.cssSelector("input[type=radio][id$='-decision-0']")); // R-REV-1: Approve
      browser.type(By.xpath("//label[contains(., 'Comment to the partner')]/following::textarea[1]"),
          "Approved: the office is closed.");
      browser.screenshot("12-tasklist-form-filled");
      browser.click(By.xpath("//button[normalize-space()='Complete']"));
      // The task is gone: the detail pane says so (its text node follows an icon, so not the element's first one).
      browser.waitFor(By.xpath("//*[text()[contains(., 'Select a task in the list')]]"));
      browser.screenshot("13-tasklist-completed");
    } catch (RuntimeException e) {
      browser.screenshot("tasklist-failure");
      throw e;
    }
    runDueJobsOf(byVariable("location-dissociation", "organizationId", organization));

    List<String> statuses = partner.get("/api/organizations/" + organization + "/locations").json()
        .findValuesAsText("status");
    assertThat(statuses).contains("DISSOCIATED");
    // R-REV-5: a Tasklist decision is the reviewer's, by name, not the system's
    assertThat(partner.get("/api/organizations/" + organization + "/activity?type=REVIEW_APPROVED").json()
        .findValuesAsText("actor")).containsExactly("Riley Reviewer");
  }

  @Test
  @DisplayName("Staff console: an RSC reviewer signs in, searches an organization by name and opens its page")
  void reviewerFindsAndOpensAnOrganizationInTheStaffConsole() throws Exception {
    String organization = register("Woodgrove Console Browser", "wendy@woodgrove-browser.example");
    String partnerNumber = new Http(port).as("wendy@woodgrove-browser.example", "a-long-password")
        .get("/api/organizations/" + organization).json().get("partnerNumber").asText();
    reviewerOfGroupRsc();

    browser.go(url("/staff"));
    signInToTheStaffConsole();
    browser.type(By.id("q"), "woodgrove console");
    browser.click(By.xpath("//button[normalize-space()='Search']"));
    browser.screenshot("31-staff-search");
    browser.click(By.linkText("Woodgrove Console Browser"));
    browser.waitFor(By.id("partner-number"));
    browser.screenshot("32-staff-organization");

    assertThat(browser.find(By.id("organization-name")).getText()).isEqualTo("Woodgrove Console Browser");
    assertThat(browser.find(By.id("partner-number")).getText()).isEqualTo(partnerNumber);
    assertThat(browser.text()).contains("Renewal");
  }

  @Test
  @DisplayName("R-ABTK-16, R-ABTK-2, R-ABTK-18, R-ABTK-19: a partner orders an ABTK for its qualifying location, gets the invoice by mail, pays it by card in the sandbox checkout and gets the receipt")
  void partnerOrdersAnAbtkAndPaysTheInvoice() throws Exception {
    String organization = registerInBrowser("Tailspin Browser", "tess@tailspin-browser.example", "20");
    signIn("tess@tailspin-browser.example");
    Http partner = new Http(port).as("tess@tailspin-browser.example", "a-long-password");
    String hq = partner.get("/api/organizations/" + organization).json().get("hqLocationId").asText();
    String lyon = partner.post("/api/organizations/" + organization + "/locations", """
        {"name": "Lyon", "country": "FR", "parentId": "%s",
         "address": {"line1": "1 Main Street", "city": "Berlin", "postalCode": "10115", "country": "DE"}}""".formatted(hq)).json().get("id").asText();
    // R-ABTK-16: Lyon qualifies with a silver competency ACTIVE_EARNED there (RSC staff set it, as OrderPortalTest).
    assertThat(new Http(port).asCamundaAdmin().put("/api/admin/locations/" + lyon
        + "/competencies/CLOUD_PRODUCTIVITY", "{\"level\": \"SILVER\", \"status\": \"ACTIVE_EARNED\"}").status())
        .isEqualTo(200);

    browser.go(url("/portal/orders/new"));
    By lyonSilver = By.xpath("//table[contains(@class, 'abtk-offers')]//tr[td[1]='Lyon' and td[2]='Silver']");
    assertThat(browser.find(lyonSilver).getText()).contains("€1,536.40", "eligible");
    assertThat(browser.find(By.xpath("//table[contains(@class, 'abtk-offers')]//tr[td[1]='Tailspin Browser HQ']"))
        .getText()).contains("R-ABTK-2");
    browser.screenshot("21-new-order");
    browser.click(By.xpath("//table[contains(@class, 'abtk-offers')]//tr[td[1]='Lyon' and td[2]='Silver']"
        + "//button[normalize-space()='Order']"));
    assertThat(browser.find(By.cssSelector(".alert-success")).getText()).startsWith("Silver ABTK ordered: €1,536.40");
    browser.screenshot("22-abtk-ordered");
    JsonNode billed = partner.get("/api/organizations/" + organization + "/invoices").json().get(0);
    runDueJobsOf(byBusinessKey(billed.get("orderId").asText())); // "Send the invoice" (R-ABTK-19)
    assertThat(mailTo("tess@tailspin-browser.example")).extracting(Mails::subject)
        .contains("Invoice " + billed.get("number").asText() + ": €1,536.40 due on "
            + java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.ENGLISH).format(LocalDate.parse(billed.get("dueDate").asText())));

    browser.go(url("/portal/invoices"));
    String invoice = browser.find(By.xpath("//table[contains(@class, 'invoices')]//tr[td[1]='SILVER ABTK for Lyon']"))
        .getText();
    browser.screenshot("23-invoice-open");
    assertThat(invoice).contains("€1,536.40", "Open", ReaderForms.english(LocalDate.now(clock).plusDays(30)));

    browser.click(By.xpath("//table[contains(@class, 'invoices')]//tr[td[1]='SILVER ABTK for Lyon']"
        + "//a[normalize-space()='Pay']"));
    assertThat(browser.find(By.cssSelector(".amount")).getText()).isEqualTo("€1,536.40");
    assertThat(browser.text()).contains("Partner Membership Center", "SILVER ABTK for Lyon");
    browser.screenshot("24-sandbox-checkout");
    browser.click(By.xpath("//button[normalize-space()='Pay']"));
    assertThat(browser.find(By.cssSelector(".alert-success")).getText()).startsWith("Payment received: €1,536.40");
    assertThat(browser.find(By.xpath("//table[contains(@class, 'invoices')]//tr[td[1]='SILVER ABTK for Lyon']"))
        .getText()).contains("Paid");
    browser.screenshot("25-invoice-paid");
    runDueJobsOf(byBusinessKey(billed.get("orderId").asText())); // "Send the receipt"
    assertThat(mailTo("tess@tailspin-browser.example")).extracting(Mails::subject)
        .contains("Receipt: invoice " + billed.get("number").asText() + " is paid");
  }

  /** Runs the due jobs of the organization's invitation lists (one per location), people and references. */
  @Test
  @DisplayName("R-PPL-3, R-PPL-8: a person asks to join on /join, from the login page's link, by partner number; the mail's link sends the request; the admin finds it on People Requesting Association")
  void aPersonAsksToJoinByPartnerNumber() throws Exception {
    String organization = register("Contoso Join", "cora@contoso-join.example");
    String partnerNumber = new Http(port).as("cora@contoso-join.example", "a-long-password")
        .get("/api/organizations/" + organization).json().get("partnerNumber").asText();
    String email = "jay@contoso-join.example";

    browser.go(url("/portal/login"));
    browser.click(By.linkText("Ask to join your organization"));
    browser.type(By.id("partnerNumber"), "12");
    browser.click(By.xpath("//button[normalize-space()='Next']"));
    assertThat(browser.find(By.cssSelector("#partnerNumber + .invalid-feedback")).getText()).contains("7 digits");
    browser.type(By.id("partnerNumber"), partnerNumber);
    browser.click(By.xpath("//button[normalize-space()='Next']"));
    assertThat(browser.find(By.id("organization-name")).getText()).isEqualTo("Contoso Join");
    new Select(browser.find(By.id("locationId"))).selectByIndex(1);
    browser.type(By.id("firstName"), "Jay");
    browser.type(By.id("lastName"), "Joiner");
    browser.type(By.id("email"), email);
    browser.screenshot("30-ask-to-join");
    String link = signUp().requestAndAwaitLink(email, SignUp.ASSOCIATION,
        () -> browser.click(By.xpath("//button[normalize-space()='Ask to join']")));
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Check your mail");
    browser.screenshot("31-check-mail");
    browser.go(url(link.substring(link.indexOf(SignUp.ASSOCIATION))));
    browser.click(By.xpath("//button[normalize-space()='Confirm']"));
    assertThat(browser.find(By.id("outcome")).getText()).contains("Your request waits for an admin of Contoso Join");
    browser.screenshot("32-request-sent");

    signIn("cora@contoso-join.example");
    browser.go(url("/portal/people/requests"));
    assertThat(browser.text()).contains(email);
    browser.screenshot("33-requests");
  }

  @Test
  @DisplayName("R-REF-4, R-ABTK-17: the home page draws its two charts with Chart.js, under the CSP, without a console error")
  void homePageDrawsItsCharts() throws Exception {
    String organization = register("Litware Charts Browser", "lia@litware-browser.example");
    Http partner = new Http(port).as("lia@litware-browser.example", "a-long-password");
    String hq = partner.get("/api/organizations/" + organization).json().get("hqLocationId").asText();
    assertThat(partner.post("/api/organizations/" + organization + "/references", """
        {"customerCompany": "Northwind", "contactName": "Nina North", "contactEmail": "nina@northwind-charts.example",
         "description": "Migrated 400 mailboxes", "locationId": "%s", "competency": "CLOUD_PRODUCTIVITY"}"""
        .formatted(hq)).status()).isEqualTo(201);

    signIn("lia@litware-browser.example");
    browser.waitFor(By.id("references-chart"));
    browser.screenshot("40-home-dashboard");

    assertThat(browser.driver.executeScript("return ['references-chart', 'licenses-chart']"
        + ".every(id => Chart.getChart(document.getElementById(id)) !== undefined)")).isEqualTo(true);
    assertThat(browser.consoleErrors()).isEmpty();
    browser.driver.executeScript("window.scrollTo({top: document.documentElement.scrollHeight, behavior: 'instant'})");
    browser.screenshot("41-home-licenses");
  }

  private void runJobsOf(String organization) {
    Stream<String> businessKeys = Stream.concat(
        jdbc.sql("select id from location where organization_id = ?::uuid").param(organization)
            .query(String.class).list().stream(),
        jdbc.sql("select id from customer_reference where organization_id = ?::uuid").param(organization)
            .query(String.class).list().stream());
    runDueJobsOf(Stream.concat(businessKeys.map(this::byBusinessKey),
        Stream.of(byVariable("individual-association", "organizationId", organization)))
        .toArray(ProcessInstanceQuery[]::new));
  }

  /**
   * A partner signs up on the portal's registration page, reached from the login page's link, is told to check
   * their mail, opens the link in it, confirms and lands on the login page with a notice (R-PPL-7); answers the
   * organization's id. Screenshots {prefix}-register, {prefix}-check-mail, {prefix}-confirm and {prefix}-registered.
   */
  private String registerInBrowser(String name, String email, String prefix) throws Exception {
    browser.go(url("/portal/login"));
    browser.click(By.linkText("Register your organization"));
    browser.type(By.id("name"), name);
    new Select(browser.find(By.id("country"))).selectByValue("FR");
    browser.type(By.id("firstName"), "Pat");
    browser.type(By.id("lastName"), "Partner");
    browser.type(By.id("email"), email);
    browser.type(By.id("password"), "a-long-password");
    browser.screenshot(prefix + "-register");
    String link = signUp().requestAndAwaitLink(email, SignUp.REGISTRATION,
        () -> browser.click(By.xpath("//button[normalize-space()='Register']")));
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Check your mail");
    browser.screenshot(prefix + "-check-mail");
    browser.go(url(link.substring(link.indexOf(SignUp.REGISTRATION))));
    browser.screenshot(prefix + "-confirm");
    browser.click(By.xpath("//button[normalize-space()='Confirm']"));
    assertThat(browser.find(By.cssSelector(".alert-success")).getText())
        .startsWith("Registered: " + name + ", partner number ").contains(". Sign in as its global admin.");
    browser.screenshot(prefix + "-registered");
    return jdbc.sql("select organization_id from individual where email = ?").param(email)
        .query(String.class).single();
  }

  /** Through the public API and the mail's link, for tests about what comes after registration. */
  private String register(String name, String email) {
    return signUp().register(name, "FR", "Pat", "Partner", email, "a-long-password")
        .get("id").asText();
  }

  /** On the login page, where registration lands too, or else after opening it. */
  private void signIn(String email) {
    if (!browser.driver.getCurrentUrl().contains("/portal/login")) {
      browser.go(url("/portal/login"));
    }
    browser.type(By.id("username"), email);
    browser.type(By.id("password"), "a-long-password");
    browser.click(By.xpath("//button[normalize-space()='Sign in']"));
    browser.waitFor(By.xpath("//a[contains(., 'Partner Membership Center')]"));
    assertThat(browser.driver.getCurrentUrl()).endsWith("/portal");
  }

  /** On the staff console's login page (where any console page sends a stranger). */
  private void signInToTheStaffConsole() throws IOException {
    browser.type(By.id("username"), REVIEWER);
    browser.type(By.id("password"), REVIEWER_PASSWORD);
    browser.screenshot("30-staff-login");
    browser.click(By.xpath("//button[normalize-space()='Sign in']"));
  }

  private void reviewerOfGroupRsc() {
    if (identity.createGroupQuery().groupId("rsc").count() == 0) {
      identity.saveGroup(identity.newGroup("rsc"));
    }
    if (identity.createUserQuery().userId(REVIEWER).count() == 0) {
      User user = identity.newUser(REVIEWER);
      user.setPassword(REVIEWER_PASSWORD);
      user.setFirstName("Riley");
      user.setLastName("Reviewer");
      user.setEmail("rsc-browser@rsc.example");
      identity.saveUser(user);
      identity.createMembership(REVIEWER, "rsc");
    }
  }
}
