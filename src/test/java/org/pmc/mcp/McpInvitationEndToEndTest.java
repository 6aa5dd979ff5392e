package org.pmc.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.Mails;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.mcp.internal.McpInvitations;
import org.pmc.notification.SignedLinks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registry, invitation and acceptance as their users see them: staff API, partner API, email, MCP's page. */
class McpInvitationEndToEndTest extends IntegrationTest {

  private static final Pattern INVITATION_LINK = Pattern.compile("https?://\\S+(/m/[A-Za-z0-9_\\-.]+)");

  @Autowired
  TestPartners partners;
  @Autowired
  SignedLinks links;
  @Autowired
  TestMcps mcps;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  McpEnrolment enrolment;

  Partner partner;
  Http api;
  Http staff;

  @BeforeEach
  void signIn() {
    partner = partners.register("US");
    api = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    staff = new Http(port).asCamundaAdmin();
  }

  @Test
  @DisplayName("R-MCP-2, R-MCP-3: staff register, admin invites, the MCP opens the link twice and accepts once")
  void mcpAcceptsThroughTheLinkInTheEmail() throws Exception {
    String mcpId = TestMcps.newMcpId();
    Http.Response registered = staff.put("/api/admin/mcps/" + mcpId, """
        {"firstName": "Megan", "lastName": "Bowen", "email": "Megan.Bowen@mcp-e2e.example",
         "certifications": [{"code": "MCSA_OFFICE_365", "earnedOn": "2024-03-12"},
                            {"code": "MCSD_APP_BUILDER", "earnedOn": "2025-01-20"}],
         "trainings": [{"title": "Microsoft 365 Messaging", "completedOn": "2024-11-04"}]}""");
    assertThat(registered.status()).isEqualTo(201);
    assertThat(texts(registered.json().get("competencies"))).containsExactly("APPLICATION_DEVELOPMENT",
        "CLOUD_PRODUCTIVITY", "SMALL_AND_MIDMARKET_CLOUD_SOLUTIONS", "MESSAGING");

    Http.Response invited = api.post(mcps() + "/invitations", """
        {"mcpId": "%s", "email": "megan.bowen@MCP-E2E.example", "locationId": "%s"}"""
        .formatted(mcpId, partner.hqLocationId()));
    assertThat(invited.status()).isEqualTo(201);
    assertThat(invited.json().get("status").asText()).isEqualTo("INVITED");
    assertThat(api.get(mcps()).json()).as("associated MCPs only, by default").isEmpty();
    assertThat(api.get(mcps() + "?status=INVITED").json()).hasSize(1);

    ProcessInstance process = openInvitation(mcpId);
    management.executeJob(invitationJob(mcpId).getId()); // issue 14: the mail leaves from a job
    BpmnAwareTests.assertThat(process).isWaitingAt("linkExpires");
    MimeMessage mail = mailTo("megan.bowen@mcp-e2e.example").get(0);
    // Issue 14 (3): a fixed subject; the organization's chosen name is quoted in the body.
    assertThat(Mails.subject(mail)).isEqualTo("You are invited to associate with a partner organization as an MCP");
    assertThat(Mails.text(mail)).contains("> " + partner.name());
    assertThat(Mails.text(mail)).contains("Megan", partner.name(), mcpId);
    String page = invitationPath(mail);

    Http mcp = new Http(port);
    Http.Response first = mcp.get(page);
    Http.Response second = mcp.get(page);
    assertThat(first.status()).isEqualTo(200);
    assertThat(second.body()).contains(partner.name(), partner.name() + " HQ", mcpId, "Accept");
    assertThat(api.get(mcps() + "/" + mcpId).json().get("status").asText()).as("looking changes nothing")
        .isEqualTo("INVITED");

    Http.Response accepted = mcp.postForm(page, Map.of("_csrf", second.csrfToken()));
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.body()).contains("You are associated with");
    BpmnAwareTests.assertThat(process).as("the acceptance ends the wait for it").isEnded()
        .hasPassed("mcpAccepted", "invitationAccepted").hasNotPassed("lapseInvitation");

    JsonNode listed = api.get(mcps()).json();
    assertThat(listed).hasSize(1);
    JsonNode item = listed.get(0);
    assertThat(item.get("mcpId").asText()).isEqualTo(mcpId);
    assertThat(item.get("status").asText()).isEqualTo("ASSOCIATED");
    assertThat(item.get("email").asText()).isEqualTo("megan.bowen@mcp-e2e.example");
    assertThat(item.get("locationId").asText()).isEqualTo(partner.hqLocationId().toString());
    assertThat(item.get("certifications").findValuesAsText("code"))
        .containsExactlyInAnyOrder("MCSA_OFFICE_365", "MCSD_APP_BUILDER");
    assertThat(item.get("certifications").findValuesAsText("title")).contains("MCSA: Office 365");
    assertThat(item.get("certifications").findValuesAsText("earnedOn")).contains("2024-03-12");
    assertThat(texts(item.get("competencies"))).contains("CLOUD_PRODUCTIVITY", "MESSAGING",
        "APPLICATION_DEVELOPMENT");
    assertThat(item.get("trainings").get(0).get("title").asText()).isEqualTo("Microsoft 365 Messaging");
    assertThat(api.get("/api/organizations/" + partner.organizationId() + "/activity").json()
        .findValuesAsText("type")).contains("MCP_INVITED", "MCP_ASSOCIATED");
    assertThat(item.get("trainings").get(0).get("completedOn").asText()).isEqualTo("2024-11-04");
    assertThat(Instant.parse(item.get("associatedAt").asText())).isAfterOrEqualTo(
        Instant.parse(item.get("invitedAt").asText()));

    Http.Response again = mcp.postForm(page, Map.of("_csrf", second.csrfToken()));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).contains("You are associated with").doesNotContain(">Accept<");
    assertThat(api.get(mcps() + "/" + mcpId).json().get("associatedAt").asText())
        .isEqualTo(item.get("associatedAt").asText());
  }

  @Test
  @DisplayName("R-MCP-2: a tampered or foreign token gets a 400 page, an expired one 410; accepting needs the CSRF token")
  void badTokensAndMissingCsrfAreRefused() throws Exception {
    String mcpId = invite();
    UUID associationId = mcps.associationId(mcpId);
    String token = links.token(McpInvitations.LINK_PURPOSE, associationId, Instant.now().plusSeconds(600));
    String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
    String forAReference = links.token("reference-answer", associationId, Instant.now().plusSeconds(600));
    String expired = links.token(McpInvitations.LINK_PURPOSE, associationId, Instant.now().minusSeconds(1));

    Http mcp = new Http(port);
    assertThat(mcp.get("/m/" + tampered).status()).isEqualTo(400);
    assertThat(mcp.get("/m/" + tampered).body()).contains("This link does not work");
    assertThat(mcp.get("/m/" + forAReference).status()).isEqualTo(400);
    assertThat(mcp.get("/m/garbage").status()).isEqualTo(400);
    assertThat(mcp.get("/m/" + expired).status()).isEqualTo(410);
    assertThat(mcp.get("/m/" + token).status()).isEqualTo(200);

    assertThat(mcp.postForm("/m/" + token, Map.of()).status()).as("no CSRF token").isEqualTo(403);
    assertThat(mcp.postForm("/m/" + expired, Map.of("_csrf", mcp.get("/m/" + token).csrfToken())).status())
        .isEqualTo(410);
    assertThat(api.get(mcps() + "/" + mcpId).json().get("status").asText()).isEqualTo("INVITED");
  }

  @Test
  @DisplayName("R-MCP-2: a removed invitation's link shows it was withdrawn and associates nobody")
  void aWithdrawnInvitationCannotBeAccepted() throws Exception {
    String mcpId = invite();
    management.executeJob(invitationJob(mcpId).getId());
    String page = invitationPath(mailTo(TestMcps.email(mcpId)).get(0));
    assertThat(api.delete(mcps() + "/" + mcpId).status()).isEqualTo(204);

    Http mcp = new Http(port);
    Http.Response shown = mcp.get(page);
    assertThat(shown.body()).contains("This invitation was withdrawn").doesNotContain(">Accept<");
    Http.Response posted = mcp.postForm(page, Map.of("_csrf", csrfOf(mcp)));
    assertThat(posted.status()).isEqualTo(200);
    assertThat(posted.body()).contains("This invitation was withdrawn");
    assertThat(api.get(mcps() + "?status=INVITED").json()).isEmpty();
    assertThat(api.get(mcps()).json()).isEmpty();
  }

  @Test
  @DisplayName("Issue 14, R-MCP-2: SMTP down: the invitation answers, its mail job fails and is retried; SMTP back: "
      + "the retry delivers it once; a resend mails again")
  void anSmtpOutageLosesNoInvitation() throws Exception {
    String mcpId = mcps.register("Otto", "Outage", "MCSA_WINDOWS_10");
    Http.Response invited;
    Job send;
    mailServer.stop();
    try {
      invited = api.post(mcps() + "/invitations", invitation(mcpId, partner.hqLocationId()));
      assertThat(invited.status()).isEqualTo(201);
      send = invitationJob(mcpId);
      assertThatThrownBy(() -> management.executeJob(send.getId())).isNotNull();
    } finally {
      mailServer.start();
    }
    assertThat(invited.json().get("status").asText()).isEqualTo("INVITED");
    assertThat(mailTo(TestMcps.email(mcpId))).isEmpty();
    assertThat(management.createJobQuery().jobId(send.getId()).singleResult().getRetries())
        .as("R6/PT5M: five tries left").isEqualTo(5);

    management.executeJob(send.getId()); // the job executor's next try, once it is due
    assertThat(mailTo(TestMcps.email(mcpId))).hasSize(1);
    assertThat(management.createJobQuery().jobId(send.getId()).count()).isZero();

    Http.Response resent = api.post(mcps() + "/" + mcpId + "/resend-invitation", "");
    assertThat(resent.status()).isEqualTo(200);
    String invitedAt = resent.json().get("invitedAt").asText();
    assertThat(Instant.parse(invitedAt)).as("the new link counts from now")
        .isAfterOrEqualTo(Instant.parse(invited.json().get("invitedAt").asText()));
    assertThat(api.get(mcps() + "?status=INVITED").json().get(0).get("invitedAt").asText()).isEqualTo(invitedAt);
    management.executeJob(invitationJob(mcpId).getId());
    assertThat(mailTo(TestMcps.email(mcpId))).hasSize(2);
  }

  @Test
  @DisplayName("Issue 14, R-MCP-2: an invitation withdrawn before its mail job runs is not mailed")
  void aWithdrawnInvitationIsNotMailedLater() {
    String mcpId = invite();
    Job send = invitationJob(mcpId);
    assertThat(api.delete(mcps() + "/" + mcpId).status()).isEqualTo(204);

    management.executeJob(send.getId());

    assertThat(mailTo(TestMcps.email(mcpId))).isEmpty();
    assertThat(management.createJobQuery().jobId(send.getId()).count()).as("done, not retried").isZero();
  }

  @Test
  @DisplayName("R-MCP-2: an invitation sent again ends its earlier process: one invitation, one open instance")
  void aResentInvitationReplacesItsProcess() {
    String mcpId = invite();
    ProcessInstance first = openInvitation(mcpId);
    management.executeJob(invitationJob(mcpId).getId());
    BpmnAwareTests.assertThat(first).isWaitingAt("linkExpires");

    assertThat(api.post(mcps() + "/" + mcpId + "/resend-invitation", "").status()).isEqualTo(200);

    BpmnAwareTests.assertThat(first).isEnded().hasPassed("invitationResent", "replacedByResend")
        .hasNotPassed("lapseInvitation");
    ProcessInstance second = openInvitation(mcpId);
    assertThat(second.getId()).isNotEqualTo(first.getId());
    BpmnAwareTests.assertThat(second).isWaitingAt("sendInvitation");
    management.executeJob(invitationJob(mcpId).getId());
    assertThat(mailTo(TestMcps.email(mcpId))).hasSize(2);
    BpmnAwareTests.assertThat(second).isWaitingAt("linkExpires");
  }

  @Test
  @DisplayName("R-MCP-2: accepted before its mail job ran (the demo organization's MCPs): the process ends, "
      + "no mail goes")
  void anInvitationAcceptedBeforeItsMailEndsItsProcess() {
    String mcpId = invite();
    ProcessInstance process = openInvitation(mcpId);

    enrolment.accept(mcpId);

    BpmnAwareTests.assertThat(process).isEnded().hasPassed("invitationAccepted").hasNotPassed("sendInvitation");
    assertThat(mailTo(TestMcps.email(mcpId))).isEmpty();
    assertThat(api.get(mcps() + "/" + mcpId).json().get("status").asText()).isEqualTo("ASSOCIATED");
  }

  @Test
  @DisplayName("R-PPL-7: an invitation unanswered when its link expires lapses, and another organization may "
      + "invite the MCP; the link of the latest mail counts")
  void unansweredInvitationLapsesWithItsLink() {
    String mcpId = invite();
    management.executeJob(invitationJob(mcpId).getId());
    Job expiry = waitingJob(mcpId, "linkExpires");
    assertThat(expiry.getDuedate()).isBetween(Date.from(Instant.now().plus(Duration.ofDays(30)).minusSeconds(60)),
        Date.from(Instant.now().plus(Duration.ofDays(30)).plusSeconds(60)));

    api.post(mcps() + "/" + mcpId + "/resend-invitation", "");
    ProcessInstance resent = openInvitation(mcpId);
    management.executeJob(invitationJob(mcpId).getId());
    assertThat(management.createJobQuery().jobId(expiry.getId()).count()).as("the first link's timer is gone")
        .isZero();
    backdateInvitation(mcpId, Duration.ofDays(30));
    management.executeJob(waitingJob(mcpId, "linkExpires").getId());

    BpmnAwareTests.assertThat(resent).isEnded().hasPassed("lapseInvitation", "invitationClosed");
    assertThat(api.get(mcps() + "?status=INVITED").json()).isEmpty();
    assertThat(api.get("/api/organizations/" + partner.organizationId() + "/activity?type=MCP_INVITATION_LAPSED")
        .json().findValuesAsText("summary")).containsExactly("The invitation of MCP " + mcpId + " lapsed unanswered");
    Partner other = partners.register("US");
    assertThat(new Http(port).as(other.adminEmail(), TestPartners.PASSWORD).post("/api/organizations/"
        + other.organizationId() + "/mcps/invitations", invitation(mcpId, other.hqLocationId())).status())
        .as("the MCP is free again").isEqualTo(201);
  }

  /** The one open {@code mcp-invitation} instance of this MCP's invitation. */
  private ProcessInstance openInvitation(String mcpId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(McpInvitations.PROCESS)
        .processInstanceBusinessKey(mcps.associationId(mcpId).toString()).singleResult();
  }

  /** The job of the {@code mcp-invitation} instance of this MCP's invitation, waiting to send its mail. */
  private Job invitationJob(String mcpId) {
    return waitingJob(mcpId, "sendInvitation");
  }

  /** The job at this activity of this MCP's invitation (one open instance per invitation). */
  private Job waitingJob(String mcpId, String activityId) {
    return Objects.requireNonNull(management.createJobQuery().processInstanceId(openInvitation(mcpId).getId())
        .activityId(activityId).singleResult(), activityId);
  }

  /** Time passes for this invitation: it was sent that much earlier. */
  private void backdateInvitation(String mcpId, Duration by) {
    jdbc.sql("update mcp_association set invited_at = invited_at - ? * interval '1 second' where id = ?")
        .params(by.toSeconds(), mcps.associationId(mcpId)).update();
  }

  private String invite() {
    String mcpId = mcps.register("Ivy", "Invited", "MCSA_OFFICE_365");
    assertThat(api.post(mcps() + "/invitations", invitation(mcpId, partner.hqLocationId())).status())
        .isEqualTo(201);
    return mcpId;
  }

  /** The page of a withdrawn invitation has no form: take the session's CSRF token from another page. */
  private static String csrfOf(Http mcp) {
    return mcp.get("/portal/login").csrfToken();
  }

  static String invitation(String mcpId, UUID locationId) {
    return """
        {"mcpId": "%s", "email": "%s", "locationId": "%s"}""".formatted(mcpId, TestMcps.email(mcpId), locationId);
  }

  private String mcps() {
    return "/api/organizations/" + partner.organizationId() + "/mcps";
  }

  private static String invitationPath(MimeMessage mail) {
    Matcher matcher = INVITATION_LINK.matcher(Mails.text(mail));
    assertThat(matcher.find()).as("a /m/ link in: " + Mails.text(mail)).isTrue();
    return matcher.group(1);
  }

  static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.asText()));
    return values;
  }
}
