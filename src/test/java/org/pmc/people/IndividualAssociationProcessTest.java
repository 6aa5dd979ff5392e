package org.pmc.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.Mails;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.pmc.people.internal.InvitationMails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every path of {@code individual-association}, driven through the API and the invitation page (R-PPL-1..6). */
class IndividualAssociationProcessTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  JdbcClient jdbc;

  Partner partner;
  Http admin;

  @BeforeEach
  void signIn() {
    partner = partners.register("SE");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
  }

  @Test
  @DisplayName("R-PPL-1, R-PPL-6: a list invites the valid addresses and reports each bad one; invitees join by the link")
  void inviteByListThenCompleteProfileAndSignIn() {
    JsonNode result = admin.post(org("/invitations"), """
        {"emails": "kim@team.example; not-an-address ; lee@team.example;KIM@team.example;%s;",
         "locationId": "%s"}""".formatted(partner.adminEmail(), partner.hqLocationId())).json();

    assertThat(result.get("invited").findValuesAsText("email")).containsExactly("kim@team.example", "lee@team.example");
    assertThat(result.get("rejected").findValuesAsText("email"))
        .containsExactly("not-an-address", "KIM@team.example", partner.adminEmail());
    assertThat(result.get("rejected").findValuesAsText("reason")).anyMatch(reason -> reason.contains("R-PPL-5"));
    JsonNode awaiting = admin.get(org("/people?status=AWAITING_PROFILE")).json();
    assertThat(awaiting.findValuesAsText("inviteMethod")).containsOnly("MULTIPLE_INVITE");
    assertThat(awaiting.findValuesAsText("invitedAt")).hasSize(2);

    assertThat(admin.get(org("/invitations/progress")).json().toString())
        .isEqualTo("{\"sent\":0,\"pending\":2,\"failed\":0}");
    runJobsOf(partner);
    ProcessInstance kimProcess = instanceOf(result.get("invited").get(0));
    assertThat(admin.get(org("/invitations/progress")).json().toString())
        .isEqualTo("{\"sent\":2,\"pending\":0,\"failed\":0}");
    MimeMessage invitation = mailTo("kim@team.example").get(0);
    // Issue 14 (3): a fixed subject; the organization's chosen name is quoted in the body.
    assertThat(Mails.subject(invitation))
        .isEqualTo("You are invited to join a partner organization in the Partner Membership Center");
    assertThat(Mails.text(invitation)).contains("> " + partner.name());
    String page = Mails.invitationPath(invitation);

    Http kim = new Http(port);
    Http.Response form = kim.get(page);
    assertThat(form.status()).isEqualTo(200);
    Http.Response joined = kim.postForm(page, Map.of("firstName", "Kim", "lastName", "Berg",
        "password", "kims-long-password", "_csrf", form.csrfToken()));
    assertThat(joined.body()).contains("You are a member of");

    JsonNode kimNow = admin.get(org("/people?email=kim@")).json().get(0);
    assertThat(kimNow.get("status").asText()).isEqualTo("ASSOCIATED");
    assertThat(kimNow.get("lastName").asText()).isEqualTo("Berg");
    assertThat(new Http(port).as("kim@team.example", "kims-long-password").get(org("")).status()).isEqualTo(200);
    assertThat(kimProcess).isEnded().hasPassed("associated");
  }

  @Test
  @DisplayName("R-PPL-1: a long list is stored at once; its processes start in batches after commit, one mail each")
  void aLongListIsStartedInBatchesAfterCommit() {
    TestPartners.raiseMailQuota(port, partner.organizationId()); // issue 14: past a new organization's 200 a day
    List<String> emails = IntStream.range(0, 250).mapToObj(i -> "batch" + i + "@team.example").toList();
    long before = associations();
    JsonNode result = admin.post(org("/invitations"), """
        {"emails": "%s", "locationId": "%s"}""".formatted(String.join(";", emails), partner.hqLocationId())).json();
    assertThat(result.get("invited")).hasSize(250);
    assertThat(associations()).as("no person's process yet: one job starts them after commit").isEqualTo(before);
    String deleted = result.get("invited").get(0).get("individualId").asText();
    assertThat(admin.delete(org("/people/" + deleted)).status()).isEqualTo(204);

    runJobsOf(partner);

    assertThat(admin.get(org("/invitations/progress")).json().toString())
        .isEqualTo("{\"sent\":249,\"pending\":0,\"failed\":0}");
    assertThat(mailTo("batch0@team.example")).as("deleted before its process started").isEmpty();
    assertThat(emails.subList(1, 250)).allSatisfy(email -> assertThat(mailTo(email)).hasSize(1));
    assertThat(associations()).isEqualTo(before + 249);
    assertThat(byBusinessKey(partner.hqLocationId()).processDefinitionKey("invitation-start").count()).isZero();
  }

  @Test
  @DisplayName("R-PPL-2: single invite: the person accepts, then an admin approves; then associated")
  void singleInviteNeedsApprovalAfterAcceptance() {
    JsonNode person = admin.post(org("/people"), """
        {"firstName": "Sam", "lastName": "Stone", "email": "sam@team.example", "locationId": "%s"}"""
        .formatted(partner.hqLocationId())).json();
    assertThat(person.get("status").asText()).isEqualTo("INVITED");
    ProcessInstance samProcess = instanceOf(person);
    runJobsOf(partner);
    String page = Mails.invitationPath(mailTo("sam@team.example").get(0));
    Http sam = new Http(port);
    Http.Response form = sam.get(page);
    assertThat(form.body()).contains("value=\"Sam\"");
    assertThat(sam.postForm(page, Map.of("firstName", "Sam", "lastName", "Stone", "password", "sams-long-password",
        "_csrf", form.csrfToken())).body()).contains("approves your association next");
    assertThat(admin.get(org("/people?email=sam@")).json().get(0).get("status").asText())
        .isEqualTo("AWAITING_APPROVAL");
    assertThat(new Http(port).as("sam@team.example", "sams-long-password").get(org("")).status()).isEqualTo(401);

    JsonNode tasks = admin.get(org("/tasks")).json();
    assertThat(tasks.findValuesAsText("taskKey")).containsExactly("approveInvitee");
    assertThat(admin.post(org("/people/" + person.get("id").asText() + "/approve"), "").json()
        .get("status").asText()).isEqualTo("ASSOCIATED");
    assertThat(samProcess).isEnded().hasPassed("associatedAfterApproval");
    assertThat(admin.get(org("/activity")).json().findValuesAsText("type"))
        .contains("PERSON_INVITED", "PROFILE_COMPLETED", "ASSOCIATION_APPROVED");
    assertThat(new Http(port).as("sam@team.example", "sams-long-password").get(org("")).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("R-PPL-3, R-PPL-4: a request is approved, lands in People Awaiting Profile and is invited")
  void requestApprovedThenInvited() {
    JsonNode person = request("Ria", "Rao", "ria@team.example");
    assertThat(person.get("status").asText()).isEqualTo("REQUESTING");
    assertThat(admin.get(org("/people?status=REQUESTING&lastName=ra")).json().findValuesAsText("email"))
        .containsExactly("ria@team.example");
    ProcessInstance instance = instanceOf(person);
    assertThat(instance).isWaitingAt("approveRequest").task().hasCandidateGroup(
        AssociationProcess.adminGroup(partner.organizationId()));

    assertThat(admin.post(org("/people/" + person.get("id").asText() + "/approve"), "").json()
        .get("status").asText()).isEqualTo("AWAITING_PROFILE");
    runJobsOf(partner);
    assertThat(mailTo("ria@team.example")).extracting(Mails::subject).hasSize(2)
        .contains("You are invited to join a partner organization in the Partner Membership Center");
    assertThat(instance).isWaitingAt("sevenDaysWithoutProfile");
  }

  @Test
  @DisplayName("R-PPL-3: a rejected request is told so; the person may ask again")
  void requestRejectedAndAskedAgain() {
    JsonNode person = request("Ola", "Olsen", "ola@team.example");
    ProcessInstance olaProcess = instanceOf(person);
    assertThat(admin.post(org("/people/" + person.get("id").asText() + "/reject"), "").json()
        .get("status").asText()).isEqualTo("REJECTED");
    runJobsOf(partner);
    assertThat(mailTo("ola@team.example")).extracting(Mails::subject).anyMatch(s -> s.contains("was not approved"));
    assertThat(olaProcess).isEnded().hasPassed("associationRejected");
    assertThat(request("Ola", "Olsen", "ola@team.example").get("status").asText()).isEqualTo("REQUESTING");
  }

  @Test
  @DisplayName("R-PPL-4: resend, the 7-day reminder, delete; a deleted person can be invited again")
  void awaitingProfileResendRemindDeleteAndInviteAgain() {
    String invite = """
        {"emails": "uma@team.example", "locationId": "%s"}""".formatted(partner.hqLocationId());
    JsonNode invited = admin.post(org("/invitations"), invite).json().get("invited").get(0);
    String id = invited.get("individualId").asText();
    runJobsOf(partner);
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult();

    assertThat(admin.post(org("/people/" + id + "/resend-invitation"), "").status()).isEqualTo(200);
    runJobsOf(partner);
    fireTimer(instance.getId());
    runJobsOf(partner);
    List<MimeMessage> mails = mailTo("uma@team.example");
    assertThat(mails).hasSize(3);
    assertThat(mails).extracting(Mails::subject).anyMatch(subject -> subject.startsWith("Reminder:"));
    assertThat(instance).isWaitingAt("waitForProfile");

    assertThat(admin.delete(org("/people/" + id)).status()).isEqualTo(204);
    assertThat(instance).isEnded().hasPassed("associationEnded");
    // The latest mail's link: the earlier ones were replaced by it (issue 13).
    assertThat(new Http(port).get(Mails.invitationPath(mails.get(mails.size() - 1))).body())
        .contains("no longer open");
    assertThat(admin.post(org("/invitations"), invite).json().get("invited")).hasSize(1);
  }

  @Test
  @DisplayName("issue 13, R-PPL-4: a resent invitation revokes the link sent before it; the new mail's link works")
  void aResentInvitationRevokesTheLinkBeforeIt() {
    String email = "vic@team.example";
    String id = admin.post(org("/invitations"), """
        {"emails": "%s", "locationId": "%s"}""".formatted(email, partner.hqLocationId()))
        .json().get("invited").get(0).get("individualId").asText();
    runJobsOf(partner);
    String first = Mails.invitationPath(mailTo(email).get(0));
    Http vic = new Http(port);
    Http.Response firstForm = vic.get(first);
    assertThat(firstForm.status()).isEqualTo(200);

    assertThat(admin.post(org("/people/" + id + "/resend-invitation"), "").status()).isEqualTo(200);
    runJobsOf(partner);
    List<MimeMessage> mails = mailTo(email);
    assertThat(mails).hasSize(2);
    String second = Mails.invitationPath(mails.get(1));
    assertThat(second).isNotEqualTo(first);

    Http.Response refused = vic.get(first);
    assertThat(refused.status()).isEqualTo(410);
    assertThat(refused.page().select("main").text()).contains("replaced by a newer one")
        .contains("latest invitation email");
    Http.Response completedByTheOldLink = vic.postForm(first, Map.of("firstName", "Vic", "lastName", "Old",
        "password", "vics-long-password", "_csrf", firstForm.csrfToken()));
    assertThat(completedByTheOldLink.status()).isEqualTo(410);
    assertThat(admin.get(org("/people?email=vic@")).json().get(0).get("status").asText())
        .isEqualTo("AWAITING_PROFILE");

    Http.Response secondForm = vic.get(second);
    assertThat(secondForm.status()).isEqualTo(200);
    assertThat(vic.postForm(second, Map.of("firstName", "Vic", "lastName", "New", "password", "vics-long-password",
        "_csrf", secondForm.csrfToken())).body()).contains("You are a member of");
    assertThat(admin.get(org("/people?email=vic@")).json().get(0).get("status").asText()).isEqualTo("ASSOCIATED");
  }

  @Test
  @DisplayName("R-PPL-5, R-PPL-7: an address another organization holds is answered like any other: the invitation "
      + "holds nothing, its owner is told with no link and no reminder, and only this organization's own are refused")
  void aListAnswersOnlyWhatConcernsTheInvitingOrganization() {
    Partner other = partners.register("SE");
    Http otherAdmin = new Http(port).as(other.adminEmail(), TestPartners.PASSWORD);
    JsonNode result = otherAdmin.post("/api/organizations/" + other.organizationId() + "/invitations", """
        {"emails": "fresh@team.example;%s;%s", "locationId": "%s"}"""
        .formatted(partner.adminEmail(), other.adminEmail(), other.hqLocationId())).json();

    assertThat(result.get("invited").findValuesAsText("email")).containsExactly("fresh@team.example",
        partner.adminEmail());
    assertThat(result.get("invited").get(1).fieldNames()).toIterable()
        .containsExactlyElementsOf(() -> result.get("invited").get(0).fieldNames());
    assertThat(result.get("rejected").findValuesAsText("reason"))
        .containsExactly("already invited to or associated with your organization (R-PPL-5)");
    runJobsOf(other);
    MimeMessage told = mailTo(partner.adminEmail()).get(0);
    assertThat(Mails.subject(told)).isEqualTo("An organization invited you to the Partner Membership Center");
    assertThat(Mails.text(told)).contains("> " + other.name()).doesNotContain("/i/");
    assertThat(otherAdmin.get("/api/organizations/" + other.organizationId() + "/invitations/progress").json()
        .toString()).isEqualTo("{\"sent\":2,\"pending\":0,\"failed\":0}");

    fireTimer(instanceOf(result.get("invited").get(1)).getId()); // the 7-day reminder
    assertThat(mailTo(partner.adminEmail())).as("no reminder to a member elsewhere").hasSize(1);
    assertThat(admin.get(org("")).status()).as("the owner's membership is untouched").isEqualTo(200);
    assertThat(new Http(port).asCamundaAdmin().delete("/api/admin/addresses/" + partner.adminEmail()).status())
        .as("the owner's own organization holds the address").isEqualTo(409);
  }

  @Test
  @DisplayName("R-PPL-7: once the address is free, an invitation that was held elsewhere sends its link when sent "
      + "again; a single invite of an address held elsewhere is answered like any other")
  void anInvitationHeldElsewhereTakesTheAddressOnceFree() {
    JsonNode mover = inviteOne(admin, partner, "mover@team.example");
    Partner other = partners.register("SE");
    Http otherAdmin = new Http(port).as(other.adminEmail(), TestPartners.PASSWORD);
    JsonNode elsewhere = inviteOne(otherAdmin, other, "mover@team.example");
    assertThat(elsewhere.get("status").asText()).isEqualTo(mover.get("status").asText()).isEqualTo("INVITED");
    runJobsOf(partner, other);
    assertThat(mailTo("mover@team.example")).extracting(Mails::subject).containsExactlyInAnyOrder(
        "You are invited to join a partner organization in the Partner Membership Center", "An organization invited you to the Partner Membership Center");

    assertThat(admin.delete(org("/people/" + mover.get("id").asText())).status()).isEqualTo(204);
    assertThat(otherAdmin.post("/api/organizations/" + other.organizationId() + "/people/"
        + elsewhere.get("id").asText() + "/resend-invitation", "").status()).isEqualTo(200);
    runJobsOf(partner, other);
    List<MimeMessage> mails = mailTo("mover@team.example");
    assertThat(Mails.subject(mails.get(mails.size() - 1))).isEqualTo("You are invited to join a partner organization in the Partner Membership Center");
    assertThat(Mails.text(mails.get(mails.size() - 1))).contains("> " + other.name());
    assertThat(new Http(port).get(Mails.invitationPath(mails.get(mails.size() - 1))).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("R-PPL-7: an invitation without a profile lapses after 30 days: the person is removed, the link "
      + "closed, and another organization may invite the address")
  void anInvitationLapsesAfterThirtyDaysWithoutProfile() {
    JsonNode invited = admin.post(org("/invitations"), """
        {"emails": "lapse@team.example", "locationId": "%s"}""".formatted(partner.hqLocationId()))
        .json().get("invited").get(0);
    runJobsOf(partner);
    ProcessInstance instance = instanceOf(invited);
    Job lapse = lapseTimer(instance);
    Instant invitedAt = Instant.parse(person("lapse@").get("invitedAt").asText());
    assertThat(lapse.getDuedate().toInstant()).isCloseTo(invitedAt.plus(Duration.ofDays(30)), within(1, ChronoUnit.MINUTES));

    management.executeJob(lapse.getId());

    assertThat(instance).isEnded().hasPassed("invitationLapsed");
    assertThat(person("lapse@").get("status").asText()).isEqualTo("REMOVED");
    assertThat(admin.get(org("/activity?type=INVITATION_LAPSED")).json().findValuesAsText("actorKind"))
        .containsExactly("SYSTEM");
    assertThat(new Http(port).get(Mails.invitationPath(mailTo("lapse@team.example").get(0))).body())
        .contains("no longer open");
    Partner employer = partners.register("SE");
    assertThat(new Http(port).as(employer.adminEmail(), TestPartners.PASSWORD).post("/api/organizations/"
        + employer.organizationId() + "/invitations", """
        {"emails": "lapse@team.example", "locationId": "%s"}""".formatted(employer.hqLocationId()))
        .json().get("invited")).hasSize(1);
  }

  @Test
  @DisplayName("R-PPL-7: a profile stored just as the 30 days end is not lost: the instance waits for it and "
      + "the person is associated")
  void aProfileStoredAsTheInvitationLapsesStillCounts() {
    JsonNode invited = admin.post(org("/invitations"), """
        {"emails": "late@team.example", "locationId": "%s"}""".formatted(partner.hqLocationId()))
        .json().get("invited").get(0);
    runJobsOf(partner);
    ProcessInstance instance = instanceOf(invited);
    // The profile is stored; its message has not reached the instance yet when the timer fires.
    jdbc.sql("update individual set status = 'ASSOCIATED', profile_completed_at = now() where id = ?")
        .param(UUID.fromString(invited.get("individualId").asText())).update();

    management.executeJob(lapseTimer(instance).getId());

    assertThat(instance).isActive();
    runtime.correlateMessage(AssociationProcess.PROFILE_COMPLETED, invited.get("individualId").asText());
    assertThat(instance).isEnded().hasPassed("associated").hasNotPassed("invitationLapsed");
    assertThat(person("late@").get("status").asText()).isEqualTo("ASSOCIATED");
  }

  @Test
  @DisplayName("R-PPL-7, issue 14: staff release an address a stranger's invitation holds: the entry ends with an "
      + "activity entry naming staff, the real employer may invite it; an associated person's address stays")
  void staffReleaseAnAddress() {
    JsonNode squatted = inviteOne(admin, partner, "Squatted@team.example");
    ProcessInstance instance = instanceOf(squatted);
    Http staff = new Http(port).asCamundaAdmin();

    assertThat(admin.delete("/api/admin/addresses/squatted@team.example").status()).as("partners may not")
        .isEqualTo(401);
    Http.Response released = staff.delete("/api/admin/addresses/squatted@team.example");
    assertThat(released.status()).isEqualTo(200);
    assertThat(released.json().get("organizationId").asText()).isEqualTo(partner.organizationId().toString());
    assertThat(released.json().get("status").asText()).isEqualTo("INVITED");

    assertThat(instance).isEnded().hasPassed("associationEnded");
    JsonNode entry = admin.get(org("/activity?type=ADDRESS_RELEASED")).json().get(0);
    assertThat(entry.get("actorKind").asText()).isEqualTo("STAFF");
    assertThat(entry.get("actor").asText()).isEqualTo("Camunda Admin"); // R-REV-5: staff by name
    assertThat(staff.delete("/api/admin/addresses/squatted@team.example").status()).as("nothing holds it now")
        .isEqualTo(404);
    Partner employer = partners.register("SE");
    assertThat(new Http(port).as(employer.adminEmail(), TestPartners.PASSWORD).post("/api/organizations/"
        + employer.organizationId() + "/invitations", """
        {"emails": "squatted@team.example", "locationId": "%s"}""".formatted(employer.hqLocationId()))
        .json().get("invited")).hasSize(1);

    Http.Response associated = staff.delete("/api/admin/addresses/" + partner.adminEmail());
    assertThat(associated.status()).isEqualTo(409);
    assertThat(associated.json().get("rule").asText()).isEqualTo("R-PPL-7");
    assertThat(staff.delete("/api/admin/addresses/not-an-address").status()).isEqualTo(400);
  }

  /** R-PPL-2: a single invite at the organization's HQ. */
  private static JsonNode inviteOne(Http as, Partner organization, String email) {
    return as.post("/api/organizations/" + organization.organizationId() + "/people", """
        {"firstName": "Pat", "lastName": "Doe", "email": "%s", "locationId": "%s"}"""
        .formatted(email, organization.hqLocationId())).json();
  }

  /** R-PPL-1: runs the due jobs of the organizations' invitation lists (at their HQ) and people's associations. */
  private void runJobsOf(Partner... organizations) {
    runDueJobsOf(Arrays.stream(organizations).flatMap(organization -> Stream.of(
        byBusinessKey(organization.hqLocationId()),
        byVariable("individual-association", "organizationId", organization.organizationId().toString())))
        .toArray(ProcessInstanceQuery[]::new));
  }

  /** The one person of the organization whose address starts so, in any status. */
  private JsonNode person(String emailStart) {
    return admin.get(org("/people?email=" + emailStart)).json().get(0);
  }

  private Job lapseTimer(ProcessInstance instance) {
    return management.createJobQuery().processInstanceId(instance.getId()).activityId("thirtyDaysWithoutProfile")
        .singleResult();
  }

  private long associations() {
    return byVariable("individual-association", "organizationId", partner.organizationId().toString()).count();
  }

  /** The person's running instance; keep it to assert on it after it ended. */
  /** R-PPL-3, R-PPL-7: asked by partner number and confirmed through the mail's link; the person as admins see them. */
  private JsonNode request(String firstName, String lastName, String email) {
    signUp().requestAssociation(partner.partnerNumber(), partner.hqLocationId(), firstName,
        lastName, email);
    return admin.get(org("/people?status=REQUESTING&email=" + email)).json().get(0);
  }

  private ProcessInstance instanceOf(JsonNode person) {
    String id = person.has("individualId") ? person.get("individualId").asText() : person.get("id").asText();
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult();
  }

  private String org(String path) {
    return "/api/organizations/" + partner.organizationId() + path;
  }
}
