package org.pmc.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.Mails;
import org.pmc.SignUp;
import org.pmc.mcp.TestMcps;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Invitations on the partner's requests page: an MCP's invitation and a person's wait for the invitee (R-MCP-2,
 * R-PPL-2, R-PPL-7), and the admins' approvals, which are the partner's to give (R-PPL-2, R-PPL-3).
 */
class InvitationRequestsTest extends RequestsTest {

  private static final Pattern MCP_LINK = Pattern.compile("/m/[A-Za-z0-9_\\-.]+");

  @Autowired
  TestMcps mcps;

  @Test
  @DisplayName("R-MCP-2, R-PPL-7: an invited MCP is the person's to accept; next, the invitation lapses at the link's expiry")
  void mcpInvitationWaitsForTheMcp() {
    String mcpId = mcps.register("Megan", "Bowen");
    Http.Response invited = admin.post(org("/mcps/invitations"), """
        {"mcpId": "%s", "email": "%s", "locationId": "%s"}"""
        .formatted(mcpId, TestMcps.email(mcpId), partner.hqLocationId()));
    assertThat(invited.status()).as(invited.body()).isEqualTo(201);
    ProcessInstance invitation = byVariable("mcp-invitation", "organizationId", partner.organizationId().toString())
        .singleResult();
    runDueJobs(invitation.getId());
    String id = invitation.getBusinessKey();

    assertThat(listed(id)).isEqualTo(new Listed("INVITATION", id, "Invitation of " + TestMcps.email(mcpId)
        + " as MCP", "Waiting for the MCP to accept the invitation", "PERSON", "Invitation lapses if not accepted",
        earliestTimer(invitation, "linkExpires")));
    assertThat(waitingForUs()).isEmpty();
  }

  @Test
  @DisplayName("R-MCP-2: an MCP's invitation sent again is listed once, with the new link's expiry; accepted, it "
      + "is no longer listed")
  void mcpInvitationIsListedOnceUntilAccepted() {
    String mcpId = mcps.register("Rita", "Resent");
    assertThat(admin.post(org("/mcps/invitations"), """
        {"mcpId": "%s", "email": "%s", "locationId": "%s"}"""
        .formatted(mcpId, TestMcps.email(mcpId), partner.hqLocationId())).status()).isEqualTo(201);
    String id = mcps.associationId(mcpId).toString();
    runDueJobs(root("mcp-invitation", id).getId());

    assertThat(admin.post(org("/mcps/" + mcpId + "/resend-invitation"), "").status()).isEqualTo(200);
    ProcessInstance resent = root("mcp-invitation", id);
    runDueJobs(resent.getId());
    assertThat(listed(id).nextEventAt()).as("one line, the latest link's expiry")
        .isEqualTo(earliestTimer(resent, "linkExpires"));

    Matcher link = MCP_LINK.matcher(Mails.text(mailTo(TestMcps.email(mcpId)).get(1)));
    assertThat(link.find()).isTrue();
    Http mcp = new Http(port);
    assertThat(mcp.postForm(link.group(), Map.of("_csrf", mcp.get(link.group()).csrfToken())).status())
        .isEqualTo(200);

    assertThat(open()).extracting(Listed::id).doesNotContain(id);
  }

  @Test
  @DisplayName("R-PPL-2, R-PPL-4: a single invite waits for the person's profile (next, the reminder), then for an admin's approval")
  void singleInviteWaitsForThePersonThenForTheAdmins() {
    JsonNode person = admin.post(org("/people"), """
        {"firstName": "Sam", "lastName": "Stone", "email": "sam@requests.example", "locationId": "%s"}"""
        .formatted(partner.hqLocationId())).json();
    String id = person.get("id").asText();
    ProcessInstance association = root("individual-association", id);
    runDueJobs(association.getId());
    String title = "Invitation of sam@requests.example";

    assertThat(listed(id)).isEqualTo(new Listed("INVITATION", id, title,
        "Waiting for the person to complete their profile", "PERSON", "Reminder to the person",
        earliestTimer(association, "sevenDaysWithoutProfile")));
    assertThat(waitingForUs()).isEmpty();

    String page = Mails.invitationPath(mailTo("sam@requests.example").get(0));
    Http sam = new Http(port);
    assertThat(sam.postForm(page, Map.of("firstName", "Sam", "lastName", "Stone", "password", "sams-long-password",
        "_csrf", sam.get(page).csrfToken())).status()).isEqualTo(200);

    Listed approval = new Listed("INVITATION", id, title, "Waiting for an admin to approve the accepted invitation",
        "PARTNER", null, null);
    assertThat(listed(id)).isEqualTo(approval);
    assertThat(waitingForUs()).containsExactly(approval);
  }

  @Test
  @DisplayName("R-PPL-3: a request to join is the admins' to approve: waiting for us, with nothing scheduled")
  void requestToJoinWaitsForTheAdmins() {
    signUp().requestAssociation(partner.partnerNumber(), partner.hqLocationId(), "Ria", "Rao",
        "ria@requests.example");
    String id = SignUp.personId(admin, partner.organizationId(), "ria@requests.example").toString();

    Listed approval = new Listed("INVITATION", id, "Request to join from ria@requests.example",
        "Waiting for an admin to approve the request to join", "PARTNER", null, null);
    assertThat(open()).containsExactly(approval);
    assertThat(waitingForUs()).containsExactly(approval);
  }
}
