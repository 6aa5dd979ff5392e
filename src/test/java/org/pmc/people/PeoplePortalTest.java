package org.pmc.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.SignUp;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.people.internal.IndividualStatus;
import org.pmc.people.internal.Invitations;
import org.pmc.people.internal.PeopleFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** The "Manage People" and "Tasks" pages, driven like a browser: signed in through the form, with CSRF. */
class PeoplePortalTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  Invitations invitations;
  @Autowired
  PeopleService people;

  Partner partner;
  Http portal;
  Http api;
  String hq;

  @BeforeEach
  void signIn() {
    partner = partners.register("SE");
    hq = partner.hqLocationId().toString();
    portal = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);
    api = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
  }

  @Test
  @DisplayName("R-PPL-1, R-PPL-6: the invite page invites a list and shows each rejected address with its reason")
  void inviteMultipleShowsRejectedAddresses() {
    assertThat(portal.get("/portal/people/invite").status()).isEqualTo(200);

    Http.Response sent = portal.submit("/portal/people/invite", Map.of("emails",
        "kim@list.example; not-an-address ;lee@list.example; KIM@list.example;" + partner.adminEmail() + ";",
        "locationId", hq));

    assertThat(sent.redirectPath()).isEqualTo("/portal/people/invite");
    Document page = portal.follow(sent).page();
    assertThat(page.select(".alert-success").text()).contains("2 people invited to " + partner.name() + " HQ");
    assertThat(rows(page, "table.rejected")).containsExactly(
        List.of("not-an-address", "not a valid email address"),
        List.of("KIM@list.example", "listed twice"),
        List.of(partner.adminEmail(), "already invited to or associated with your organization (R-PPL-5)"));
    assertThat(portal.get("/portal/people/invite").page().select("table.rejected")).isEmpty();
    assertThat(portal.get("/portal/people/awaiting").body()).contains("kim@list.example", "lee@list.example",
        "Invited by list");
  }

  @Test
  @DisplayName("R-PPL-1: an empty list is refused on the form, and nothing is invited")
  void emptyListIsRefusedOnTheForm() {
    Http.Response refused = portal.submit("/portal/people/invite", Map.of("emails", " ", "locationId", hq));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.page().select("#emails.is-invalid")).hasSize(1);
    assertThat(refused.body()).contains("list at least one email address");
  }

  @Test
  @DisplayName("R-PPL-3: the requests tab lists a request, filters by name; Approve moves it to People Awaiting Profile")
  void requestApprovedMovesToAwaitingProfile() {
    UUID ria = request("Ria", "Rao", "ria@request.example");
    request("Bo", "Berg", "bo@request.example");

    Document filtered = portal.get("/portal/people/requests?lastName=ra&firstName=&email=").page();
    assertThat(filtered.select("main table").text()).contains("Ria Rao", "ria@request.example")
        .doesNotContain("bo@request.example");
    assertThat(portal.get("/portal/people/requests?email=nobody").body())
        .contains("No request matches these filters");

    Http.Response approved = portal.submit("/portal/people/" + ria + "/approve", Map.of());
    assertThat(approved.redirectPath()).isEqualTo("/portal/people/requests");
    Document requests = portal.follow(approved).page();
    assertThat(requests.select(".alert-success").text()).contains("Ria Rao is approved and now awaits their profile");
    assertThat(requests.select("main table").text()).doesNotContain("ria@request.example");
    assertThat(people.person(ria).status()).isEqualTo(IndividualStatus.AWAITING_PROFILE);

    Document awaiting = portal.get("/portal/people/awaiting").page();
    assertThat(awaiting.select("main table").text()).contains("Ria Rao", "Requested association",
        "waiting to be sent");
    assertThat(awaiting.select(".progress").attr("aria-valuenow")).isEqualTo("0");
  }

  @Test
  @DisplayName("R-PPL-4: a list of more than 25 pages by name, its page links keeping the tab's status and filters")
  void awaitingPagesKeepTheFilters() {
    inviteByList(IntStream.range(0, 27).mapToObj(i -> "page" + i + "@paging.example")
        .collect(Collectors.joining("; ")));

    Document first = portal.get("/portal/people/awaiting?email=page").page();
    assertThat(first.select("main table tbody tr")).hasSize(25);
    assertThat(first.select(".pagination").text()).contains("Previous", "1 of 2", "Next");
    assertThat(first.select(".pagination a:contains(Next)").attr("href"))
        .isEqualTo("/portal/people/awaiting?status=AWAITING_PROFILE&email=page&page=1");
    Document second = portal.get("/portal/people/awaiting?status=AWAITING_PROFILE&email=page&page=1").page();
    assertThat(second.select("main table tbody tr")).hasSize(2);
    assertThat(second.select("form input[name=email]").val()).isEqualTo("page");
  }

  @Test
  @DisplayName("R-PPL-4: the awaiting tab shows the invitation's progress; Resend sends it again; Delete asks first")
  void awaitingProfileResendAndDelete() {
    UUID uma = inviteByList("uma@awaiting.example");
    runDueJobsOf(byBusinessKey(hq), byBusinessKey(uma));

    Document awaiting = portal.get("/portal/people/awaiting").page();
    assertThat(awaiting.select("main table").text()).contains("uma@awaiting.example", "Invited by list")
        .doesNotContain("waiting to be sent");
    assertThat(awaiting.text()).contains("1 of 1 invitations sent");

    Http.Response resent = portal.submit("/portal/people/" + uma + "/resend", Map.of());
    assertThat(portal.follow(resent).page().select(".alert-success").text())
        .contains("The invitation is on its way to uma@awaiting.example again");
    runDueJobsOf(byBusinessKey(hq), byBusinessKey(uma));
    assertThat(mailTo("uma@awaiting.example")).hasSize(2);

    Http.Response confirm = portal.get("/portal/people/" + uma + "/delete");
    assertThat(confirm.status()).isEqualTo(200);
    assertThat(confirm.page().select("main h2").text()).isEqualTo("Delete uma@awaiting.example?");
    assertThat(people.person(uma).status()).isEqualTo(IndividualStatus.AWAITING_PROFILE);
    Http.Response deleted = portal.submit("/portal/people/" + uma + "/delete", Map.of());
    assertThat(deleted.redirectPath()).isEqualTo("/portal/people/awaiting");
    Document after = portal.follow(deleted).page();
    assertThat(after.select(".alert-success").text()).contains("uma@awaiting.example was deleted");
    assertThat(after.select("main table")).isEmpty();
    assertThat(people.person(uma).status()).isEqualTo(IndividualStatus.REMOVED);
  }

  @Test
  @DisplayName("R-PPL-2: an accepted single invite waits on the tasks page and on the home page; Approve associates")
  void tasksPageListsAndApprovesAWaitingApproval() {
    Http.Response invited = portal.submit("/portal/people/invite-one", Map.of("firstName", "Sam", "lastName",
        "Stone", "email", "sam@tasks.example", "locationId", hq));
    assertThat(invited.redirectPath()).isEqualTo("/portal/people/awaiting?status=INVITED");
    assertThat(portal.follow(invited).page().select("main table").text()).contains("Sam Stone",
        "Invited one by one");
    UUID sam = idOf("sam@tasks.example");
    assertThat(portal.get("/portal/tasks").body()).contains("Nothing waits for you");

    invitations.completeProfile(sam, "Sam", "Stone", "sams-long-password");

    assertThat(portal.get("/portal").page().select("a[href=/portal/tasks]").text())
        .contains("1 task(s) waiting for your decision");
    Document tasks = portal.get("/portal/tasks").page();
    assertThat(rows(tasks, "main table")).hasSize(1);
    assertThat(rows(tasks, "main table").get(0)).startsWith("Approve accepted invitation",
        "Sam Stone sam@tasks.example", partner.name() + " HQ");
    Http.Response approved = portal.submit("/portal/tasks/" + sam + "/approve", Map.of());
    assertThat(approved.redirectPath()).isEqualTo("/portal/tasks");
    Document after = portal.follow(approved).page();
    assertThat(after.select(".alert-success").text()).contains("Sam Stone approved");
    assertThat(after.text()).contains("Nothing waits for you");
    assertThat(people.person(sam).status()).isEqualTo(IndividualStatus.ASSOCIATED);

    Http.Response again = portal.submit("/portal/tasks/" + sam + "/approve", Map.of());
    assertThat(portal.follow(again).page().select(".alert-danger").text()).contains("(R-PPL-3)");
  }

  @Test
  @DisplayName("R-PPL-1, issue 14: a list past the page's 50,000 characters (over 100 KB once form-encoded) is "
      + "refused naming the field, not cut off by the form limit; nobody is invited")
  void aListTooLongForThePageIsRefusedNamingTheField() {
    String emails = IntStream.range(0, 3_000).mapToObj(i -> "long-list-" + i + "@list.example")
        .collect(Collectors.joining("; "));
    Http.Response refused = portal.submit("/portal/people/invite", Map.of("emails", emails, "locationId", hq));

    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.page().text()).contains("is longer than 50,000 characters; split it, or use the API");
    assertThat(portal.get("/portal/people/awaiting").body()).doesNotContain("long-list-0@list.example");
  }

  @Test
  @DisplayName("R-PPL-5: inviting one person already in the organization shows the refusal with its rule id")
  void singleInviteOfATakenAddressShowsTheRule() {
    Http.Response refused = portal.submit("/portal/people/invite-one", Map.of("firstName", "Ada", "lastName",
        "Again", "email", partner.adminEmail(), "locationId", hq));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.page().select(".alert-danger").text())
        .contains("already invited to or associated with your organization", "(R-PPL-5)");
  }

  @Test
  @DisplayName("R-ROLE-4: a plain member gets 403 on the people, invite and tasks pages and sees no admin menu")
  void memberIsRefused() {
    associate("mo@member.example");
    Http member = new Http(port).signIn("mo@member.example", "mos-long-password");

    assertThat(member.get("/portal/people/invite").status()).isEqualTo(403);
    assertThat(member.get("/portal/people").status()).isEqualTo(403);
    assertThat(member.get("/portal/tasks").status()).isEqualTo(403);
    assertThat(member.submit("/portal/people/invite", Map.of("emails", "x@member.example", "locationId", hq))
        .status()).isEqualTo(403);
    Document home = member.get("/portal").page();
    assertThat(home.select("a[href=/portal/people]")).isEmpty();
    assertThat(home.select("a[href=/portal/tasks]")).isEmpty();
    assertThat(home.select("a[href=/portal/locations]")).hasSize(1);
  }

  @Test
  @DisplayName("R-ROLE-1: Program Contacts assigns an associated person, refuses anyone else, and removes")
  void programContacts() {
    UUID kai = associate("kai@portal-contacts.example");
    UUID pending = inviteByList("pending@portal-contacts.example");

    Document page = portal.get("/portal/people/contacts").page();
    assertThat(page.select("section.contact")).hasSize(4);
    assertThat(page.select("#contact-PRIMARY").text()).contains("Nobody yet");

    Http.Response assigned = portal.submit("/portal/people/contacts", Map.of("locationId", hq, "role", "PRIMARY",
        "individualId", kai.toString()));
    assertThat(assigned.redirectPath()).isEqualTo("/portal/people/contacts?locationId=" + hq);
    Document after = portal.follow(assigned).page();
    assertThat(after.select(".alert-success").text()).contains("First Last is now the Primary contact");
    assertThat(after.select("#contact-PRIMARY").text()).contains("kai@portal-contacts.example");

    Http.Response refused = portal.submit("/portal/people/contacts", Map.of("locationId", hq, "role", "BILLING",
        "individualId", pending.toString()));
    assertThat(portal.follow(refused).page().select(".alert-danger").text()).contains("(R-ROLE-1)");

    Http.Response removed = portal.submit("/portal/people/contacts/remove", Map.of("locationId", hq,
        "role", "PRIMARY"));
    assertThat(portal.follow(removed).page().select("#contact-PRIMARY").text()).contains("Nobody yet");
  }

  @Test
  @DisplayName("R-ROLE-2, R-ROLE-3: Privileges shows how many software downloads remain and refuses past the quota")
  void privilegesWithinTheQuota() {
    List<UUID> devs = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      devs.add(associate("dev" + i + "@privileges.example"));
    }
    assertThat(portal.get("/portal/people/privileges").page().select(".quota").text())
        .contains("5 of 5 software download privileges remain");

    for (UUID dev : devs) {
      assertThat(portal.follow(grant(dev, true)).page().select(".alert-success").text())
          .contains("Software download granted");
    }
    Document full = portal.follow(grant(partner.adminId(), true)).page();
    assertThat(full.select(".alert-danger").text()).contains("(R-ROLE-3)");
    assertThat(full.select(".quota").text()).contains("0 of 5 software download privileges remain");

    Document freed = portal.follow(grant(devs.get(0), false)).page();
    assertThat(freed.select(".quota").text()).contains("1 of 5 software download privileges remain");
  }

  @Test
  @DisplayName("R-ROLE-4: a global admin makes someone a location admin; a location admin needs a location")
  void changingARole() {
    UUID lou = associate("lou@roles.example");
    assertThat(portal.get("/portal/people/" + lou + "/role").status()).isEqualTo(200);

    Http.Response noLocation = portal.submit("/portal/people/" + lou + "/role", Map.of("role", "LOCATION_ADMIN"));
    assertThat(noLocation.status()).isEqualTo(200);
    assertThat(noLocation.page().select("#locationIds.is-invalid")).hasSize(1);

    Http.Response appointed = portal.submit("/portal/people/" + lou + "/role", Map.of("role", "LOCATION_ADMIN",
        "locationIds", hq));
    assertThat(appointed.redirectPath()).isEqualTo("/portal/people");
    Document associated = portal.follow(appointed).page();
    assertThat(associated.select(".alert-success").text()).contains("is now Location admin of 1 location(s)");
    assertThat(associated.select("main table").text()).contains("Location admin " + partner.name() + " HQ");

    Http.Response lastGlobalAdmin = portal.submit("/portal/people/" + partner.adminId() + "/role",
        Map.of("role", "MEMBER"));
    assertThat(lastGlobalAdmin.page().select(".alert-danger").text()).contains("(R-ROLE-4)");
  }

  private Http.Response grant(UUID individual, boolean grant) {
    return portal.submit("/portal/people/privileges", Map.of("locationId", hq, "individualId",
        individual.toString(), "privilege", "SOFTWARE_DOWNLOAD", "grant", Boolean.toString(grant)));
  }

  private UUID request(String firstName, String lastName, String email) {
    signUp().requestAssociation(partner.partnerNumber(), hq, firstName, lastName, email);
    return SignUp.personId(api, partner.organizationId(), email);
  }

  private UUID inviteByList(String email) {
    return UUID.fromString(api.post("/api/organizations/" + partner.organizationId() + "/invitations",
        "{\"emails\": \"" + email + "\", \"locationId\": \"" + hq + "\"}").json()
        .get("invited").get(0).get("individualId").asText());
  }

  /** Invited by list, then the profile completed as the person would on the invitation page. */
  private UUID associate(String email) {
    UUID id = inviteByList(email);
    invitations.completeProfile(id, email.startsWith("mo@") ? "Mo" : "First", "Last",
        email.startsWith("mo@") ? "mos-long-password" : "a-long-password");
    return id;
  }

  private UUID idOf(String email) {
    return people.people(partner.organizationId(), new PeopleFilter(null, null, null, email, null),
        Pageable.ofSize(1)).getContent().get(0).id();
  }

  /** The cells of each body row of a table, as text. */
  private static List<List<String>> rows(Document page, String table) {
    return page.select(table + " tbody tr").stream()
        .map(row -> row.select("td").stream().map(Element::text).toList())
        .toList();
  }
}
