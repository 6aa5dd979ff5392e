package org.pmc.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.Mails;
import org.pmc.TestStaff;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.activity.internal.Activities;
import org.pmc.activity.internal.Activity;
import org.pmc.web.ProblemType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The activity log over the real API: what is recorded, by whom, how it is filtered and exported. */
class ActivityLogTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  ActivityLog log;
  @Autowired
  Activities activities;
  @Autowired
  PlatformTransactionManager transactions;
  @Autowired
  TestStaff staff;
  @Autowired
  IdentityService identity;

  Partner partner;
  Http api;
  /** Each test its own customer: a mail another test's reference sends is never taken for this one's. */
  String customer;

  @BeforeEach
  void signIn() {
    customer = "nina-" + UUID.randomUUID().toString().substring(0, 8) + "@northwind-activity.example";
    partner = partners.register("NL");
    api = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void aReferenceCreatedOverTheApiIsRecordedWithTheAdminAsActor() {
    String referenceId = createReference("Northwind").json().get("id").asText();

    Http.Response all = api.get(activity(""));
    assertThat(all.status()).isEqualTo(200);
    // LOCATION_CHANGED: TestPartners gives the HQ its postal address (R-ABTK-20); NAMED_CONTACT_ASSIGNED is there
    // when group rsc had a member at registration (R-SUP-5), which depends on the tests run before
    List<JsonNode> entries = StreamSupport.stream(all.json().spliterator(), false)
        .filter(entry -> !"NAMED_CONTACT_ASSIGNED".equals(entry.get("type").asText())).toList();
    assertThat(Integer.parseInt(all.header("X-Total-Count")) - entries.size()).isBetween(0, 1);
    assertThat(entries).extracting(entry -> entry.get("type").asText())
        .containsExactly("REFERENCE_CREATED", "LOCATION_CHANGED", "ORGANIZATION_REGISTERED");

    JsonNode created = entries.get(0);
    assertThat(created.get("actor").asText()).isEqualTo(partner.adminEmail());
    assertThat(created.get("actorKind").asText()).isEqualTo("PARTNER");
    assertThat(created.get("entityType").asText()).isEqualTo("CUSTOMER_REFERENCE");
    assertThat(created.get("entityId").asText()).isEqualTo(referenceId);
    assertThat(created.get("summary").asText()).isEqualTo("Reference for Northwind (Cloud Productivity) created");
    assertThat(Instant.parse(created.get("occurredAt").asText())).isBefore(Instant.now().plusSeconds(1));
    assertThat(created.get("id").asText()).isNotBlank();

    JsonNode registered = entries.get(2);
    assertThat(registered.get("actor").asText()).isEqualTo(partner.adminEmail());
    assertThat(registered.get("entityId").asText()).isEqualTo(partner.organizationId().toString());
    assertThat(registered.get("summary").asText()).isEqualTo("Organization " + partner.name()
        + " (partner number " + partner.partnerNumber() + ") registered with its HQ in NL");
  }

  @Test
  @DisplayName("R-REF-2: the customer's answer through the link is recorded as the customer, once")
  void aCustomerAnswerIsRecordedAsTheCustomer() {
    String id = createReference("Northwind").json().get("id").asText();
    runDueJobsOf(byBusinessKey(id));
    String link = Mails.answerLink(mailTo(customer).get(0));
    String page = link.substring(link.indexOf("/r/"));
    Http browser = new Http(port);
    String csrf = browser.get(page).csrfToken();

    assertThat(browser.postForm(page, Map.of("answer", "confirm", "_csrf", csrf)).status()).isEqualTo(200);
    browser.postForm(page, Map.of("answer", "decline", "_csrf", csrf));

    JsonNode confirmed = api.get(activity("?type=REFERENCE_CONFIRMED")).json();
    assertThat(confirmed).hasSize(1);
    assertThat(confirmed.get(0).get("actorKind").asText()).isEqualTo("CUSTOMER");
    assertThat(confirmed.get(0).get("actor").asText()).isEqualTo(customer);
    assertThat(confirmed.get(0).get("summary").asText())
        .isEqualTo("Reference for Northwind (Cloud Productivity) confirmed by the customer");
    assertThat(api.get(activity("?type=REFERENCE_DECLINED")).json()).isEmpty();
  }

  @Test
  @DisplayName("R-REF-4..6, R-LOC-1: assign, withdraw, unconfirmed, expired and a new location are recorded")
  void everyReferenceAndLocationChangeIsRecorded() {
    String org = "/api/organizations/" + partner.organizationId();
    String location = api.post(org + "/locations", """
        {"name": "Utrecht", "country": "NL", "parentId": "%s"}""".formatted(partner.hqLocationId()))
        .json().get("id").asText();
    String kept = createReference("Northwind").json().get("id").asText();
    String dropped = createReference("Contoso").json().get("id").asText();
    api.put(org + "/references/" + kept + "/assignment", """
        {"locationId": "%s", "competency": "WINDOWS_AND_DEVICES"}""".formatted(location));
    api.post(org + "/references/" + dropped + "/withdraw", "");
    runDueJobsOf(byBusinessKey(kept), byBusinessKey(dropped));

    String keptInstance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(kept).singleResult()
        .getId();
    fireTimer(keptInstance); // 7 days
    runDueJobs(keptInstance);
    fireTimer(keptInstance); // 14 days
    runDueJobs(keptInstance);
    fireTimer(keptInstance); // 30 days: unconfirmed

    JsonNode entries = api.get(activity("")).json();
    assertThat(entries.findValuesAsText("type")).containsExactly("REFERENCE_UNCONFIRMED", "REFERENCE_WITHDRAWN",
        "REFERENCE_ASSIGNED", "REFERENCE_CREATED", "REFERENCE_CREATED", "LOCATION_ADDED", "LOCATION_CHANGED",
        "ORGANIZATION_REGISTERED");
    assertThat(entries.get(0).get("actorKind").asText()).isEqualTo("SYSTEM");
    assertThat(entries.get(0).get("actor").asText()).isEqualTo("system");
    assertThat(entries.get(0).get("summary").asText()).isEqualTo(
        "Reference for Northwind (Windows and Devices) unconfirmed: the customer did not answer within 30 days");
    assertThat(entries.get(1).get("summary").asText())
        .isEqualTo("Reference for Contoso (Cloud Productivity) withdrawn");
    assertThat(entries.get(1).get("actor").asText()).isEqualTo(partner.adminEmail());
    assertThat(entries.get(2).get("summary").asText())
        .isEqualTo("Reference for Northwind (Windows and Devices) assigned to Utrecht");
    assertThat(entries.get(5).get("summary").asText()).isEqualTo("Location Utrecht (NL) added under "
        + partner.name() + " HQ");
    assertThat(entries.get(5).get("entityId").asText()).isEqualTo(location);
  }

  @Test
  @DisplayName("R-REF-3: a reference expires two years after approval, recorded as the system")
  void anExpiredReferenceIsRecordedAsTheSystem() {
    String id = createReference("Northwind").json().get("id").asText();
    runDueJobsOf(byBusinessKey(id));
    String link = Mails.answerLink(mailTo(customer).get(0));
    Http browser = new Http(port);
    String page = link.substring(link.indexOf("/r/"));
    browser.postForm(page, Map.of("answer", "confirm", "_csrf", browser.get(page).csrfToken()));
    runDueJobsOf(byBusinessKey(id));
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
    fireTimer(instance); // expiry warning
    runDueJobs(instance);
    fireTimer(instance); // expiry

    JsonNode expired = api.get(activity("?type=REFERENCE_EXPIRED")).json();
    assertThat(expired).hasSize(1);
    assertThat(expired.get(0).get("actorKind").asText()).isEqualTo("SYSTEM");
    assertThat(expired.get(0).get("summary").asText())
        .isEqualTo("Reference for Northwind (Cloud Productivity) expired, two years after approval");
  }

  @Test
  void filtersByTypeAndByDaysInUtcBothIncluded() {
    entry("2024-03-01T23:59:59Z", "TEST_A");
    entry("2024-03-02T00:00:00Z", "TEST_B");
    entry("2024-03-02T23:59:59.999Z", "TEST_A");
    entry("2024-03-03T00:00:00Z", "TEST_A");

    Http.Response oneDay = api.get(activity("?from=2024-03-02&to=2024-03-02"));
    assertThat(oneDay.header("X-Total-Count")).isEqualTo("2");
    assertThat(oneDay.json().findValuesAsText("occurredAt"))
        .containsExactly("2024-03-02T23:59:59.999Z", "2024-03-02T00:00:00Z");
    assertThat(api.get(activity("?to=2024-03-01")).json().findValuesAsText("occurredAt"))
        .containsExactly("2024-03-01T23:59:59Z");
    assertThat(api.get(activity("?from=2024-03-02&to=2024-03-03")).json()).hasSize(3);
    assertThat(api.get(activity("?from=2024-03-03")).json().findValuesAsText("type"))
        .filteredOn(type -> !"NAMED_CONTACT_ASSIGNED".equals(type)) // R-SUP-5: only when rsc had a member
        .containsExactly("LOCATION_CHANGED", "ORGANIZATION_REGISTERED", "TEST_A");

    assertThat(api.get(activity("?type=TEST_A")).json()).hasSize(3);
    assertThat(api.get(activity("?type=TEST_A&from=2024-03-02&to=2024-03-02")).json().findValuesAsText("occurredAt"))
        .containsExactly("2024-03-02T23:59:59.999Z");
    assertThat(api.get(activity("?type=test_a")).json()).isEmpty();

    Http.Response second = api.get(activity("?type=TEST_A&page=1&size=1"));
    assertThat(second.header("X-Total-Count")).isEqualTo("3");
    assertThat(second.json().findValuesAsText("occurredAt")).containsExactly("2024-03-02T23:59:59.999Z");
  }

  @Test
  void aBadDateIsA400NamingTheField() {
    Http.Response badFrom = api.get(activity("?from=2024-02-30"));
    assertThat(badFrom.status()).isEqualTo(400);
    assertThat(badFrom.header("Content-Type")).startsWith("application/problem+json");
    assertThat(badFrom.problemType()).contains(ProblemType.VALIDATION);
    assertThat(badFrom.json().get("errors").get(0).get("field").asText()).isEqualTo("from");

    Http.Response badTo = api.get(activity(".csv?to=yesterday"));
    assertThat(badTo.status()).isEqualTo(400);
    assertThat(badTo.json().get("errors").get(0).get("field").asText()).isEqualTo("to");

    Http.Response backwards = api.get(activity("?from=2024-03-02&to=2024-03-01"));
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.json().get("errors").get(0).get("field").asText()).isEqualTo("to");
    assertThat(api.get(activity("?size=501")).status()).isEqualTo(400);
  }

  @Test
  void anotherOrganizationsAdminGets403AndStrangers401() {
    Partner other = partners.register("NL");
    Http otherAdmin = new Http(port).as(other.adminEmail(), TestPartners.PASSWORD);
    assertThat(otherAdmin.get(activity("")).status()).isEqualTo(403);
    assertThat(otherAdmin.get(activity(".csv")).status()).isEqualTo(403);
    assertThat(new Http(port).get(activity("")).status()).isEqualTo(401);
  }

  @Test
  void theCsvHoldsEveryMatchingEntryAndParsesBack() throws IOException {
    String company = "Smith, \"Jones\" & Co";
    String referenceId = createReference(company).json().get("id").asText();

    Http.Response csv = api.get(activity(".csv"));
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"activity.csv\"");

    try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv.body()))) {
      assertThat(parser.getHeaderNames())
          .containsExactly("occurredAt", "actor", "actorKind", "type", "entityType", "entityId", "summary");
      List<CSVRecord> rows = parser.getRecords();
      assertThat(rows).extracting(row -> row.get("type"))
          .containsExactly("REFERENCE_CREATED", "LOCATION_CHANGED", "ORGANIZATION_REGISTERED");
      CSVRecord created = rows.get(0);
      assertThat(created.get("summary")).isEqualTo("Reference for " + company + " (Cloud Productivity) created");
      assertThat(created.get("actor")).isEqualTo(partner.adminEmail());
      assertThat(created.get("actorKind")).isEqualTo("PARTNER");
      assertThat(created.get("entityType")).isEqualTo("CUSTOMER_REFERENCE");
      assertThat(created.get("entityId")).isEqualTo(referenceId);
      assertThat(Instant.parse(created.get("occurredAt"))).isBefore(Instant.now().plusSeconds(1));
    }

    assertThat(rows(api.get(activity(".csv?type=ORGANIZATION_REGISTERED")).body())).hasSize(1);
    assertThat(rows(api.get(activity(".csv?to=2000-01-01")).body())).isEmpty();
  }

  @Test
  void theCsvIsWrittenInChunksNewestFirstWithoutSkippingTies() throws IOException {
    activities.saveAll(IntStream.range(0, 2_500)
        .mapToObj(i -> entryAt(i < 1_500 ? "2024-05-01T10:00:00Z" : "2024-05-02T10:00:00Z", "TEST_BULK"))
        .toList());
    List<CSVRecord> rows = rows(api.get(activity(".csv?type=TEST_BULK")).body());
    assertThat(rows).hasSize(2_500);
    assertThat(rows.stream().map(row -> row.get("occurredAt")).distinct())
        .containsExactly("2024-05-02T10:00:00Z", "2024-05-01T10:00:00Z");
    assertThat(rows.stream().map(row -> row.get("summary")).distinct()).hasSize(2_500);
  }

  @Test
  void aChangeThatFailsLeavesNoEntry() {
    Partner other = partners.register("NL");
    Http.Response refused = api.post(references(), reference("Northwind", other.hqLocationId()));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(api.get(activity("?type=REFERENCE_CREATED")).header("X-Total-Count")).isEqualTo("0");

    TransactionTemplate transaction = new TransactionTemplate(transactions);
    transaction.executeWithoutResult(status -> {
      log.record(partner.organizationId(), "TEST_ROLLED_BACK", "TEST", null, "rolled back with its change");
      status.setRollbackOnly();
    });
    transaction.executeWithoutResult(status ->
        log.record(partner.organizationId(), "TEST_COMMITTED", "TEST", null, "committed with its change"));
    assertThat(api.get(activity("?type=TEST_ROLLED_BACK")).json()).isEmpty();
    assertThat(api.get(activity("?type=TEST_COMMITTED")).json()).hasSize(1);
  }

  @Test
  @DisplayName("R-REV-5: a change made while staff complete a task in Tasklist or over /engine-rest (Camunda's sign-in, none of Spring's) names the staff member, not the system")
  void aTasklistCompletionNamesTheStaffMember() {
    String reviewer = staff.create("Tasha", "Tasklist", "rsc");
    SecurityContextHolder.clearContext();
    identity.setAuthentication(reviewer, List.of("rsc"));
    try {
      log.record(partner.organizationId(), "TEST_TASKLIST", "TEST", null, "completed in Tasklist");
    } finally {
      identity.clearAuthentication();
    }

    assertThat(actor("TEST_TASKLIST")).containsExactly("STAFF", "Tasha Tasklist");
  }

  @Test
  void theActorComesFromTheSignIn() {
    String reviewer = staff.create("Riley", "Reviewer", "rsc");
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
        reviewer, null, AuthorityUtils.createAuthorityList("ROLE_RSC")));
    log.record(partner.organizationId(), "TEST_STAFF", "TEST", null, "by staff");
    SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
        AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    log.record(partner.organizationId(), "TEST_ANONYMOUS", "TEST", null, "by nobody signed in");
    SecurityContextHolder.clearContext();
    log.record(partner.organizationId(), "TEST_NOBODY", "TEST", null, "by a process step");

    // R-REV-5: staff by name, never by the user id that is half of their sign-in
    assertThat(actor("TEST_STAFF")).containsExactly("STAFF", "Riley Reviewer");
    assertThat(actor("TEST_ANONYMOUS")).containsExactly("SYSTEM", "system");
    assertThat(actor("TEST_NOBODY")).containsExactly("SYSTEM", "system");
  }

  @Test
  void anAdminSignedInToThePortalSeesTheActivityPageAndDownloadsTheCsv() {
    createReference("Northwind");
    Http portal = new Http(port);
    Http.Response login = portal.get("/portal/login");
    Http.Response signedIn = portal.postForm("/portal/login", Map.of("username", partner.adminEmail(),
        "password", TestPartners.PASSWORD, "_csrf", login.csrfToken()));
    assertThat(signedIn.status()).isEqualTo(302);
    assertThat(signedIn.header("Location")).endsWith("/portal");

    Http.Response page = portal.get("/portal/activity");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Reference for Northwind (Cloud Productivity) created", partner.adminEmail(),
        "Download CSV", "href=\"/portal/activity\"");
    Http.Response filtered = portal.get("/portal/activity?type=ORGANIZATION_REGISTERED&from=&to=");
    assertThat(filtered.status()).isEqualTo(200);
    assertThat(filtered.body()).doesNotContain("Reference for Northwind").contains("registered with its HQ");
    assertThat(portal.get("/portal/activity?to=2000-01-01").body()).contains("Nothing recorded for these filters");

    Http.Response csv = portal.get("/portal/activity.csv?type=REFERENCE_CREATED&from=&to=");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.body()).contains("Reference for Northwind (Cloud Productivity) created")
        .doesNotContain("ORGANIZATION_REGISTERED");
  }

  private List<String> actor(String type) {
    JsonNode entry = api.get(activity("?type=" + type)).json().get(0);
    return List.of(entry.get("actorKind").asText(), entry.get("actor").asText());
  }

  private void entry(String occurredAt, String type) {
    activities.save(entryAt(occurredAt, type));
  }

  private Activity entryAt(String occurredAt, String type) {
    return new Activity(partner.organizationId(), Instant.parse(occurredAt), ActorKind.SYSTEM, "system", type,
        "TEST", null, "entry " + UUID.randomUUID());
  }

  private static List<CSVRecord> rows(String csv) throws IOException {
    try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv))) {
      return StreamSupport.stream(parser.spliterator(), false).toList();
    }
  }

  private Http.Response createReference(String company) {
    Http.Response created = api.post(references(), reference(company, partner.hqLocationId()));
    assertThat(created.status()).isEqualTo(201);
    return created;
  }

  private String references() {
    return "/api/organizations/" + partner.organizationId() + "/references";
  }

  private String activity(String rest) {
    return "/api/organizations/" + partner.organizationId() + "/activity" + rest;
  }

  private String reference(String company, UUID locationId) {
    return """
        {"customerCompany": "%s", "contactName": "Nina North", "contactEmail": "%s",
         "description": "Migrated 400 mailboxes", "locationId": "%s", "competency": "CLOUD_PRODUCTIVITY"}"""
        .formatted(company.replace("\"", "\\\""), customer, locationId);
  }
}
