package org.pmc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.mcp.TestMcps;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The staff console ({@code /staff}): its own sign-in against the Camunda identity and its own session attribute,
 * the sections each staff group may read, and the RSC's actions, each in the organization's activity log.
 */
class StaffConsoleTest extends IntegrationTest {

  static final String RSC = "console-rsc";
  static final String BILLING = "console-billing";
  static final String SUPPORT = "console-support";
  static final String NO_GROUP = "console-nobody";
  static final String PASSWORD = "console-secret-1";

  @Autowired
  TestPartners partners;
  @Autowired
  TestMcps mcps;
  @Autowired
  IdentityService identity;
  @Autowired
  JdbcClient jdbc;

  Partner partner;
  Http admin;

  @BeforeEach
  void staffAndPartner() {
    StaffUsers.ensure(identity, RSC, PASSWORD, "rsc");
    StaffUsers.ensure(identity, BILLING, PASSWORD, "billing");
    StaffUsers.ensure(identity, SUPPORT, PASSWORD, "support");
    StaffUsers.ensure(identity, NO_GROUP, PASSWORD);
    partner = partners.register("DE", "Console Partner " + UUID.randomUUID().toString().substring(0, 8));
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
  }

  @Test
  @DisplayName("R-PPL-8: the RSC signs in at /staff/login and finds an organization by a part of its name in any case, or by its partner number")
  void signInAndSearch() {
    Http rsc = signedIn(RSC);

    String part = partner.name().substring(8).toUpperCase();
    Http.Response byName = rsc.get("/staff?q=" + part.replace(" ", "+"));
    assertThat(byName.status()).isEqualTo(200);
    assertThat(byName.page().select("table.organizations a").eachText()).containsExactly(partner.name());
    assertThat(rsc.get("/staff?q=" + partner.partnerNumber()).page().select("table.organizations td").eachText())
        .contains(partner.name(), partner.partnerNumber());
    assertThat(rsc.get("/staff?q=no-such-organization-at-all").page().select(".empty").text())
        .contains("No organization matches");
    assertThat(rsc.get("/staff").body()).contains("staff-user", RSC);
  }

  @Test
  @DisplayName("Staff console: a partner's email and password are no staff sign-in; the login page says so")
  void partnerCredentialsFailAtTheStaffLogin() {
    Http browser = new Http(port);
    Http.Response login = browser.get("/staff/login");
    Http.Response attempt = browser.postForm("/staff/login", Map.of("username", partner.adminEmail(),
        "password", TestPartners.PASSWORD, "_csrf", login.csrfToken()));

    assertThat(attempt.status()).isEqualTo(302);
    assertThat(attempt.redirectPath()).isEqualTo("/staff/login?error");
    assertThat(browser.get("/staff").redirectPath()).isEqualTo("/staff/login");
  }

  @Test
  @DisplayName("Staff console: a partner's portal session does not count on /staff, nor a staff session on /portal")
  void sessionsDoNotCrossOver() {
    Http partnerBrowser = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);
    assertThat(partnerBrowser.get("/portal").status()).isEqualTo(200);
    Http.Response staffPage = partnerBrowser.get("/staff/organizations/" + partner.organizationId());
    assertThat(staffPage.status()).isEqualTo(302);
    assertThat(staffPage.redirectPath()).startsWith("/staff/login");

    Http rsc = signedIn(RSC);
    Http.Response portal = rsc.get("/portal");
    assertThat(portal.status()).isEqualTo(302);
    assertThat(portal.redirectPath()).isEqualTo("/portal/login");
    assertThat(rsc.get("/api/organizations/" + partner.organizationId()).status()).isEqualTo(401);
  }

  @Test
  @DisplayName("Staff console: after sign-in the RSC lands on the console page they asked for (Tasklist links there)")
  void signInReturnsToTheRequestedPage() {
    Http browser = new Http(port);
    String page = "/staff/organizations/" + partner.organizationId() + "/people";
    assertThat(browser.get(page).redirectPath()).isEqualTo("/staff/login");

    Http.Response signedIn = signIn(browser, RSC);

    assertThat(signedIn.redirectPath()).startsWith(page);
    assertThat(browser.follow(signedIn).body()).contains(partner.adminEmail());
  }

  @Test
  @DisplayName("Staff console: a Camunda user in no staff group signs in but may see nothing (403); signing out ends the console only")
  void userWithoutStaffGroupIsRefused() {
    Http nobody = signedIn(NO_GROUP);
    assertThat(nobody.get("/staff").status()).isEqualTo(403);

    Http rsc = signedIn(RSC);
    Http.Response out = rsc.postForm("/staff/logout", Map.of("_csrf", rsc.get("/staff").csrfToken()));
    assertThat(out.redirectPath()).isEqualTo("/staff/login?logout");
    assertThat(rsc.get("/staff").redirectPath()).isEqualTo("/staff/login");
  }

  @Test
  @DisplayName("Staff console: each section shows the organization's data from the module that owns it")
  void sectionsShowTheSeededData() {
    Seeded seeded = seed();
    Http rsc = signedIn(RSC);
    String org = "/staff/organizations/" + partner.organizationId();

    Http.Response profile = rsc.get(org);
    assertThat(profile.status()).isEqualTo(200);
    assertThat(profile.page().select("#organization-name").text()).isEqualTo(partner.name());
    assertThat(profile.page().select("#partner-number").text()).isEqualTo(partner.partnerNumber());
    assertThat(profile.page().select("#level").text()).isEqualTo("NETWORK");
    assertThat(profile.page().select("#hq-address").text()).contains("1 Main Street");
    assertThat(profile.page().select("#renewal-status").text()).isNotBlank();
    assertThat(rsc.get(org + "/locations").page().select(".location-row").text())
        .contains(partner.name() + " HQ", "Lyon");
    assertThat(rsc.get(org + "/people").page().select("table.people").text())
        .contains("Ada Admin", partner.adminEmail(), "GLOBAL_ADMIN", "ASSOCIATED", seeded.invited(), "AWAITING_PROFILE");
    assertThat(rsc.get(org + "/mcps").page().select("table.mcps").text()).contains(seeded.mcpId(), "Mia Console");
    assertThat(rsc.get(org + "/references").page().select("table.references").text()).contains("Console Customer");
    assertThat(rsc.get(org + "/billing").page().select("table.invoices").text())
        .contains(seeded.invoiceNumber(), "437.00 EUR", "OPEN", "ACTION_PACK");
    assertThat(rsc.get(org + "/tickets").page().select("table.tickets").text()).contains("Console ticket", "HIGH");
    assertThat(rsc.get(org + "/reviews").page().select("table.reviews").text()).contains("DISSOCIATION", "Lyon");
    assertThat(rsc.get(org + "/activity").page().select("table.activities").text())
        .contains("ORGANIZATION_REGISTERED");
    assertThat(rsc.get(org + "/competencies").status()).isEqualTo(200);
  }

  @Test
  @DisplayName("Staff console: billing sees the profile and invoices only; support sees people and tickets, not invoices")
  void billingAndSupportSeeTheirSections() {
    Seeded seeded = seed();
    String org = "/staff/organizations/" + partner.organizationId();
    Http billing = signedIn(BILLING);
    assertThat(billing.get(org).status()).isEqualTo(200);
    assertThat(billing.get(org + "/billing").body()).contains(seeded.invoiceNumber());
    assertThat(billing.get(org + "/people").status()).isEqualTo(403);
    assertThat(billing.get(org + "/references").status()).isEqualTo(403);
    assertThat(billing.get(org + "/tickets").status()).isEqualTo(403);
    assertThat(billing.get(org).page().select(".nav-tabs a").eachText())
        .containsExactly("Profile & membership", "Orders & invoices");
    assertThat(billing.get("/staff?q=" + partner.partnerNumber()).status()).isEqualTo(200);

    Http support = signedIn(SUPPORT);
    assertThat(support.get(org + "/tickets").body()).contains("Console ticket");
    assertThat(support.get(org + "/people").body()).contains(partner.adminEmail());
    assertThat(support.get(org + "/billing").status()).isEqualTo(403);
    assertThat(support.get(org + "/activity").status()).isEqualTo(403);
  }

  @Test
  @DisplayName("R-MEM-1, R-MEM-4: the RSC sets the level and extends the anniversary; the activity log names them; a date moved back names its rule")
  void rscChangesTheMembership() {
    Http rsc = signedIn(RSC);
    String org = "/staff/organizations/" + partner.organizationId();
    String anniversary = rsc.get(org).page().select("#anniversary").text();
    String later = java.time.LocalDate.parse(anniversary).plusMonths(2).toString();

    Http.Response saved = submit(rsc, org, org + "/membership", Map.of("level", "GOLD", "anniversaryDate", later));

    assertThat(saved.redirectPath()).isEqualTo(org);
    Http.Response page = rsc.follow(saved);
    assertThat(page.page().select("[role=status]").text()).contains("GOLD", later);
    assertThat(page.page().select("#level").text()).isEqualTo("GOLD");
    assertThat(activityBy(RSC, "MEMBERSHIP_CHANGED")).isEqualTo(1);

    Http.Response back = rsc.follow(submit(rsc, org, org + "/membership", Map.of("anniversaryDate", anniversary)));
    assertThat(back.page().select("[role=alert]").text()).contains("R-MEM-4");
    Http.Response wrong = rsc.follow(submit(rsc, org, org + "/membership", Map.of("anniversaryDate", "soon")));
    assertThat(wrong.page().select("[role=alert]").text()).contains("anniversaryDate", "YYYY-MM-DD");
  }

  @Test
  @DisplayName("R-COMP-2, R-MCP-3, R-PPL-7: the RSC sets a competency, records a certification, releases a held address and unlocks a sign-in, each logged with their name")
  void rscActsOnTheOrganization() {
    Seeded seeded = seed();
    Http rsc = signedIn(RSC);
    String org = "/staff/organizations/" + partner.organizationId();

    Http.Response competency = rsc.follow(submit(rsc, org + "/competencies", org + "/competencies", Map.of(
        "locationId", partner.hqLocationId().toString(), "competency", "DATACENTER", "level", "SILVER",
        "status", "ACTIVE_PRE_APPROVED")));
    assertThat(competency.page().select("table.competencies").text()).contains("ACTIVE_PRE_APPROVED", "SILVER");
    assertThat(activityBy(RSC, "COMPETENCY_SET_BY_STAFF")).isEqualTo(1);
    Http.Response noLocation = rsc.follow(submit(rsc, org + "/competencies", org + "/competencies", Map.of(
        "competency", "DATACENTER", "level", "SILVER", "status", "ACTIVE_PRE_APPROVED")));
    assertThat(noLocation.page().select("[role=alert]").text()).contains("The location");

    Http.Response certified = rsc.follow(submit(rsc, org + "/mcps", org + "/mcps/" + seeded.mcpId()
        + "/certifications", Map.of("code", "MCSE_CLOUD_PLATFORM", "earnedOn", "2026-02-01")));
    assertThat(certified.page().select("#mcp-" + seeded.mcpId()).text()).contains("2026-02-01");
    assertThat(activityBy(RSC, "MCP_REGISTRY_CHANGED")).isEqualTo(1);

    Http.Response released = rsc.follow(submit(rsc, org + "/people", org + "/people/" + seeded.invitedId()
        + "/release", Map.of()));
    assertThat(released.page().select("[role=status]").text()).contains(seeded.invited(), "released");
    assertThat(activityBy(RSC, "ADDRESS_RELEASED")).isEqualTo(1);

    jdbc.sql("insert into sign_in_failure (throttle_key, window_start, failures) values (?, now(), 50)")
        .param("account:" + partner.adminEmail().toLowerCase()).update();
    Http.Response unlocked = rsc.follow(submit(rsc, org + "/people", org + "/people/" + partner.adminId()
        + "/unlock", Map.of()));
    assertThat(unlocked.page().select("[role=status]").text()).contains("failed sign-ins are forgotten");
    assertThat(jdbc.sql("select count(*) from sign_in_failure where throttle_key = ?")
        .param("account:" + partner.adminEmail().toLowerCase()).query(Long.class).single()).isZero();
    assertThat(activityBy(RSC, "SIGN_IN_UNLOCKED")).isEqualTo(1);
  }

  @Test
  @DisplayName("R-SUP-5: the RSC assign the organization's named contact on its Tickets section; someone outside rsc is refused, naming userId")
  void rscAssignsTheNamedContact() {
    Http rsc = signedIn(RSC);
    String tickets = "/staff/organizations/" + partner.organizationId() + "/tickets";

    Http.Response assigned = rsc.follow(submit(rsc, tickets, tickets + "/named-contact", Map.of("userId", RSC)));

    assertThat(assigned.page().select("[role=status]").text()).contains("Named contact is now Console " + RSC);
    assertThat(assigned.page().select(".named-contact strong").text()).isEqualTo("Console " + RSC);
    assertThat(activityBy(RSC, "NAMED_CONTACT_ASSIGNED")).isEqualTo(1);
    Http.Response refused = rsc.follow(submit(rsc, tickets, tickets + "/named-contact", Map.of("userId", BILLING)));
    assertThat(refused.page().select("[role=alert]").text()).contains("userId");
  }

  @Test
  @DisplayName("Staff console: billing may not act (403), a form without its CSRF token is refused (403), an unknown organization is 404")
  void refusals() {
    String org = "/staff/organizations/" + partner.organizationId();
    Http billing = signedIn(BILLING);
    assertThat(submit(billing, org, org + "/membership", Map.of("level", "GOLD")).status()).isEqualTo(403);

    Http rsc = signedIn(RSC);
    assertThat(rsc.postForm(org + "/membership", Map.of("level", "GOLD")).status()).isEqualTo(403);
    assertThat(rsc.get(org).page().select("#level").text()).isEqualTo("NETWORK");

    Http.Response unknown = rsc.get("/staff/organizations/" + UUID.randomUUID() + "/people");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body()).contains("404 Not Found", "staff-user");
    assertThat(rsc.get("/staff/organizations/" + UUID.randomUUID()).status()).isEqualTo(404);
  }

  /** Signs in at the staff login page as a browser does: 302 to the console. */
  private Http signedIn(String user) {
    Http browser = new Http(port);
    Http.Response signedIn = signIn(browser, user);
    assertThat(signedIn.redirectPath()).isEqualTo("/staff");
    return browser;
  }

  private static Http.Response signIn(Http browser, String user) {
    Http.Response login = browser.get("/staff/login");
    Http.Response signedIn = browser.postForm("/staff/login", Map.of("username", user, "password", PASSWORD,
        "_csrf", login.csrfToken()));
    assertThat(signedIn.status()).isEqualTo(302);
    return signedIn;
  }

  /** A form of the page {@code from} posted to {@code to} with the page's CSRF token, as the browser sends it. */
  private static Http.Response submit(Http browser, String from, String to, Map<String, String> fields) {
    Map<String, String> withToken = new LinkedHashMap<>(fields);
    withToken.put("_csrf", browser.get(from).csrfToken());
    return browser.postForm(to, withToken);
  }

  /** Entries by this staff user, who is named in the log as "Console {userId}" (R-REV-5: names, not user ids). */
  private long activityBy(String userId, String type) {
    return jdbc.sql("select count(*) from activity where organization_id = ? and actor = ? and type = ?"
        + " and actor_kind = 'STAFF'").params(partner.organizationId(), "Console " + userId, type).query(Long.class).single();
  }

  /** What each section shows: a location with a dissociation review, an MCP, a reference, a ticket, an invoice. */
  private Seeded seed() {
    String org = "/api/organizations/" + partner.organizationId();
    String lyon = admin.post(org + "/locations", """
        {"name": "Lyon", "country": "FR", "parentId": "%s",
         "address": {"line1": "1 Rue", "city": "Lyon", "postalCode": "69001", "country": "FR"}}"""
        .formatted(partner.hqLocationId())).json().get("id").asText();
    assertThat(admin.post(org + "/locations/" + lyon + "/dissociation", "{\"reason\": \"Closed\"}").status())
        .isEqualTo(202);
    String mcpId = mcps.register("Mia", "Console", "MCSA_OFFICE_365");
    mcps.associate(partner, mcpId, partner.hqLocationId());
    assertThat(admin.post(org + "/references", """
        {"customerCompany": "Console Customer", "contactName": "C", "contactEmail": "c@console.example",
         "description": "d", "locationId": "%s", "competency": "CLOUD_PRODUCTIVITY"}"""
        .formatted(partner.hqLocationId())).status()).isEqualTo(201);
    assertThat(admin.post(org + "/tickets", """
        {"category": "TECHNICAL", "topic": "CLOUD", "issue": "OUTAGE", "priority": "HIGH", "complexity": "LOW",
         "subject": "Console ticket", "description": "Down."}""").status()).isEqualTo(201);
    assertThat(admin.post(org + "/membership/action-pack", "").status()).isEqualTo(201);
    String invoiceNumber = admin.get(org + "/invoices").json().get(0).get("number").asText();
    String invited = "held-" + UUID.randomUUID().toString().substring(0, 8) + "@console.example";
    String invitedId = admin.post(org + "/invitations", "{\"emails\": \"" + invited + "\", \"locationId\": \""
        + partner.hqLocationId() + "\"}").json().get("invited").get(0).get("individualId").asText();
    return new Seeded(mcpId, invoiceNumber, invited, invitedId);
  }

  record Seeded(String mcpId, String invoiceNumber, String invited, String invitedId) {}

  /** Camunda users in staff groups, created once per database. */
  static final class StaffUsers {

    private StaffUsers() {}

    static void ensure(IdentityService identity, String id, String password, String... groups) {
      if (identity.createUserQuery().userId(id).count() > 0) {
        return;
      }
      for (String group : groups) {
        if (identity.createGroupQuery().groupId(group).count() == 0) {
          identity.saveGroup(identity.newGroup(group));
        }
      }
      User user = identity.newUser(id);
      user.setFirstName("Console");
      user.setLastName(id);
      user.setPassword(password);
      identity.saveUser(user);
      List.of(groups).forEach(group -> identity.createMembership(id, group));
    }
  }
}
