package org.pmc.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmc.mcp.McpInvitationEndToEndTest.invitation;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.internal.NewLocation;
import org.pmc.web.ProblemType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Inviting, moving and removing MCPs (R-MCP-2), and who may (R-ROLE-4): always a clear answer, never a 500. */
class McpAssociationRulesTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  TestMcps mcps;
  @Autowired
  OrganizationService organizations;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  PasswordEncoder passwords;

  Partner partner;
  Http api;

  @BeforeEach
  void signIn() {
    partner = partners.register("GB");
    api = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
  }

  @Test
  @DisplayName("R-MCP-2: an MCP associated with one organization cannot be invited by another (409, rule R-MCP-2)")
  void anMcpAssociatedElsewhereIsRefusedWithTheRule() {
    Partner other = partners.register("GB");
    String mcpId = mcps.register("Alex", "Wilber", "MCSE_CLOUD_PLATFORM");
    mcps.associate(other, mcpId, other.hqLocationId());

    Http.Response refused = api.post(mcps(), invitation(mcpId, partner.hqLocationId()));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.problemType()).contains(ProblemType.BUSINESS_RULE);
    assertThat(refused.json().get("rule").asText()).isEqualTo("R-MCP-2");
    assertThat(refused.json().get("detail").asText()).contains("another organization")
        .doesNotContain(other.name());
    assertThat(api.get(list() + "?status=INVITED").json()).isEmpty();
  }

  @Test
  @DisplayName("R-MCP-2: inviting an MCP already invited by the same organization is refused too")
  void aSecondInvitationIsRefused() {
    String mcpId = mcps.register("Ivy", "Twice", "MCSA_WINDOWS_10");
    assertThat(api.post(mcps(), invitation(mcpId, partner.hqLocationId())).status()).isEqualTo(201);
    Http.Response again = api.post(mcps(), invitation(mcpId, partner.hqLocationId()));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("rule").asText()).isEqualTo("R-MCP-2");
    assertThat(again.json().get("detail").asText()).contains("your organization");
  }

  @Test
  @DisplayName("R-MCP-2: removed, the MCP is free; another organization invites and associates them")
  void removingFreesTheMcpForAnotherOrganization() {
    String mcpId = mcps.register("Rita", "Removed", "MCSA_OFFICE_365");
    mcps.associate(partner, mcpId, partner.hqLocationId());
    assertThat(api.delete(list() + "/" + mcpId).status()).isEqualTo(204);
    assertThat(api.get(list()).json()).isEmpty();
    assertThat(api.get(list() + "/" + mcpId).status()).isEqualTo(404);
    assertThat(api.delete(list() + "/" + mcpId).status()).isEqualTo(404);

    Partner other = partners.register("GB");
    Http otherApi = new Http(port).as(other.adminEmail(), TestPartners.PASSWORD);
    Http.Response invited = otherApi.post("/api/organizations/" + other.organizationId() + "/mcps/invitations",
        invitation(mcpId, other.hqLocationId()));
    assertThat(invited.status()).isEqualTo(201);
    assertThat(otherApi.get("/api/organizations/" + other.organizationId() + "/mcps?status=INVITED").json()
        .findValuesAsText("mcpId")).containsExactly(mcpId);
  }

  @Test
  @DisplayName("R-MCP-2: the association's location can be changed to another active location of the organization")
  void theLocationCanBeChanged() {
    UUID berlin = organizations.addLocation(partner.organizationId(),
        new NewLocation("Berlin", "DE", partner.hqLocationId())).id();
    String mcpId = mcps.register("Lou", "Mover", "MCSA_DYNAMICS_365");
    mcps.associate(partner, mcpId, partner.hqLocationId());

    Http.Response moved = api.put(list() + "/" + mcpId + "/location", """
        {"locationId": "%s"}""".formatted(berlin));
    assertThat(moved.status()).isEqualTo(200);
    assertThat(moved.json().get("locationId").asText()).isEqualTo(berlin.toString());
    assertThat(moved.json().get("status").asText()).isEqualTo("ASSOCIATED");
    assertThat(api.get(list() + "?locationId=" + berlin).json().findValuesAsText("mcpId")).containsExactly(mcpId);

    Partner other = partners.register("GB");
    Http.Response foreign = api.put(list() + "/" + mcpId + "/location", """
        {"locationId": "%s"}""".formatted(other.hqLocationId()));
    assertThat(foreign.status()).isEqualTo(400);
    assertThat(field(foreign.json())).isEqualTo("locationId");
    assertThat(api.put(list() + "/" + mcpId + "/location", "{}").status()).isEqualTo(400);
    assertThat(api.put(list() + "/unknown-mcp/location", """
        {"locationId": "%s"}""".formatted(berlin)).status()).isEqualTo(404);
  }

  @Test
  @DisplayName("R-MCP-2: the MCP ID must be in the registry and the address the one it registered with (400 naming the field)")
  void invitationsMustMatchTheRegistry() {
    String mcpId = mcps.register("Reg", "Istered", "MCSA_WINDOWS_10");
    Http.Response unknown = api.post(mcps(), """
        {"mcpId": "NOT-REGISTERED-1", "email": "x@mcp.example", "locationId": "%s"}"""
        .formatted(partner.hqLocationId()));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(field(unknown.json())).isEqualTo("mcpId");

    Http.Response wrongAddress = api.post(mcps(), """
        {"mcpId": "%s", "email": "someone.else@mcp.example", "locationId": "%s"}"""
        .formatted(mcpId, partner.hqLocationId()));
    assertThat(wrongAddress.status()).isEqualTo(400);
    assertThat(field(wrongAddress.json())).isEqualTo("email");

    Partner other = partners.register("GB");
    Http.Response foreignLocation = api.post(mcps(), invitation(mcpId, other.hqLocationId()));
    assertThat(foreignLocation.status()).isEqualTo(400);
    assertThat(field(foreignLocation.json())).isEqualTo("locationId");

    Http.Response blank = api.post(mcps(), "{\"mcpId\": \"\", \"email\": \"not-an-address\"}");
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.json().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("mcpId", "email", "locationId");
    assertThat(api.post(mcps(), "{not json").status()).isEqualTo(400);
    assertThat(api.get(list() + "?status=INVITED").json()).isEmpty();
    assertThat(mailTo(TestMcps.email(mcpId))).isEmpty();
  }

  @Test
  @DisplayName("R-MCP-2: only a waiting invitation can be sent again")
  void onlyAWaitingInvitationIsResent() {
    String mcpId = mcps.register("Ash", "Associated", "MCSA_WINDOWS_10");
    mcps.associate(partner, mcpId, partner.hqLocationId());
    Http.Response refused = api.post(list() + "/" + mcpId + "/resend-invitation", "");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("rule").asText()).isEqualTo("R-MCP-2");
  }

  @Test
  @DisplayName("R-ROLE-4: a member reads the MCPs but may not invite, move or remove; the global admin may")
  void writesNeedAnAdminOfTheLocation() {
    String mcpId = mcps.register("Mo", "Member", "MCSA_OFFICE_365");
    mcps.associate(partner, mcpId, partner.hqLocationId());
    String newcomer = mcps.register("New", "Comer", "MCSA_OFFICE_365");
    Http member = new Http(port).as(member(partner), TestPartners.PASSWORD);

    assertThat(member.get(list()).status()).isEqualTo(200);
    assertThat(member.get(list()).json().findValuesAsText("mcpId")).containsExactly(mcpId);
    assertThat(member.get(list() + ".csv").status()).isEqualTo(200);
    Http.Response invite = member.post(mcps(), invitation(newcomer, partner.hqLocationId()));
    assertThat(invite.status()).isEqualTo(403);
    assertThat(invite.header("Content-Type")).startsWith("application/problem+json");
    assertThat(invite.problemType()).contains(ProblemType.FORBIDDEN);
    assertThat(member.put(list() + "/" + mcpId + "/location", """
        {"locationId": "%s"}""".formatted(partner.hqLocationId())).status()).isEqualTo(403);
    assertThat(member.delete(list() + "/" + mcpId).status()).isEqualTo(403);
    assertThat(member.post(list() + "/" + mcpId + "/resend-invitation", "").status()).isEqualTo(403);
    assertThat(mailTo(TestMcps.email(newcomer))).isEmpty();

    assertThat(api.post(mcps(), invitation(newcomer, partner.hqLocationId())).status()).isEqualTo(201);
    assertThat(api.put(list() + "/" + mcpId + "/location", """
        {"locationId": "%s"}""".formatted(partner.hqLocationId())).status()).isEqualTo(200);
    assertThat(api.delete(list() + "/" + mcpId).status()).isEqualTo(204);
  }

  @Test
  @DisplayName("Another organization's MCPs are 403; its MCP IDs are 404 in your own")
  void anotherOrganizationIsForbidden() {
    Partner other = partners.register("GB");
    String theirs = mcps.register("Their", "Mcp", "MCSA_OFFICE_365");
    mcps.associate(other, theirs, other.hqLocationId());
    String otherList = "/api/organizations/" + other.organizationId() + "/mcps";

    assertThat(api.get(otherList).status()).isEqualTo(403);
    assertThat(api.get(otherList + ".csv").status()).isEqualTo(403);
    assertThat(api.post(otherList + "/invitations", invitation(mcps.register("X", "Y"), other.hqLocationId()))
        .status()).isEqualTo(403);
    assertThat(api.delete(otherList + "/" + theirs).status()).isEqualTo(403);
    assertThat(api.get(list() + "/" + theirs).status()).isEqualTo(404);
    assertThat(api.delete(list() + "/" + theirs).status()).isEqualTo(404);
    assertThat(new Http(port).get(list()).status()).isEqualTo(401);
  }

  /** An associated individual without an admin role, signed in with the test password. */
  private String member(Partner partner) {
    String email = "member-" + UUID.randomUUID().toString().substring(0, 8) + "@partner.example";
    jdbc.update("""
        insert into individual (id, organization_id, location_id, first_name, last_name, email, status, role,
                                password_hash, created_at)
        values (?, ?, ?, 'Mia', 'Member', ?, 'ASSOCIATED', 'MEMBER', ?, ?)""",
        UUID.randomUUID(), partner.organizationId(), partner.hqLocationId(), email,
        passwords.encode(TestPartners.PASSWORD), Timestamp.from(Instant.now()));
    return email;
  }

  private String mcps() {
    return list() + "/invitations";
  }

  private String list() {
    return "/api/organizations/" + partner.organizationId() + "/mcps";
  }

  private static String field(JsonNode problem) {
    return problem.get("errors").get(0).get("field").asText();
  }
}
