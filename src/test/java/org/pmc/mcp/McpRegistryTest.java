package org.pmc.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmc.mcp.McpInvitationEndToEndTest.texts;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;

/** The certification registry, kept by program staff over {@code /api/admin/mcps}. */
class McpRegistryTest extends IntegrationTest {

  @Autowired
  TestPartners partners;

  Http staff() {
    return new Http(port).asCamundaAdmin();
  }

  @Test
  @DisplayName("R-MCP-3: PUT enters a professional (201), a second PUT replaces the record (200)")
  void putEntersThenReplaces() {
    String mcpId = TestMcps.newMcpId();
    Http.Response created = staff().put(path(mcpId), """
        {"firstName": " Diego ", "lastName": "Siciliani", "email": "Diego@MCP.example",
         "certifications": [{"code": "MCSE_DATA_MANAGEMENT", "earnedOn": "2024-06-30"}],
         "trainings": [{"title": "Power BI", "completedOn": "2024-02-01"},
                       {"title": "Azure Data", "completedOn": "2025-02-01"}]}""");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("firstName").asText()).isEqualTo("Diego");
    assertThat(created.json().get("email").asText()).isEqualTo("diego@mcp.example");
    assertThat(texts(created.json().get("competencies"))).containsExactly("DATA_ANALYTICS", "DATA_PLATFORM");
    assertThat(created.json().get("trainings").findValuesAsText("title")).as("newest first")
        .containsExactly("Azure Data", "Power BI");

    Http.Response replaced = staff().put(path(mcpId), """
        {"firstName": "Diego", "lastName": "Siciliani", "email": "diego@mcp.example",
         "certifications": [{"code": "MCSA_WINDOWS_10", "earnedOn": "2025-06-30"}]}""");
    assertThat(replaced.status()).isEqualTo(200);
    JsonNode stored = staff().get(path(mcpId)).json();
    assertThat(stored.get("certifications").findValuesAsText("code")).containsExactly("MCSA_WINDOWS_10");
    assertThat(texts(stored.get("competencies"))).containsExactly("WINDOWS_AND_DEVICES");
    assertThat(stored.get("trainings")).isEmpty();
    assertThat(staff().get(path("NOBODY-" + mcpId)).status()).isEqualTo(404);
  }

  @Test
  @DisplayName("Bad registry input is a 400 naming the field, never a 500")
  void badInputNamesTheField() {
    String mcpId = TestMcps.newMcpId();
    assertThat(field(staff().put(path(mcpId), professional("[{\"code\": \"KNITTING\", \"earnedOn\": \"2025-01-01\"}]"))))
        .isEqualTo("certifications[0].code");
    assertThat(field(staff().put(path(mcpId), professional("""
        [{"code": "MCSA_WINDOWS_10", "earnedOn": "2025-01-01"}, {"code": "MCSA_WINDOWS_10", "earnedOn": "2025-01-02"}]"""))))
        .isEqualTo("certifications[1].code");
    assertThat(field(staff().put(path(mcpId), professional("[{\"code\": \"MCSA_WINDOWS_10\"}]"))))
        .isEqualTo("certifications[0].earnedOn");
    assertThat(field(staff().put(path("not_an*id"), professional("[]")))).isEqualTo("mcpId");
    assertThat(field(staff().put(path("X".repeat(21)), professional("[]")))).isEqualTo("mcpId");
    Http.Response blank = staff().put(path(mcpId), "{\"firstName\": \"\", \"lastName\": \"L\", \"email\": \"nope\"}");
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("firstName", "email");
    assertThat(staff().put(path(mcpId), professional("[]")).status()).as("nothing stored before").isEqualTo(201);
    assertThat(staff().get(path(mcpId)).json().get("certifications")).isEmpty();
  }

  @Test
  @DisplayName("Only program staff reach the registry: partners and anonymous callers get 401")
  void onlyStaffReachTheRegistry() {
    Partner partner = partners.register("DE");
    String mcpId = TestMcps.newMcpId();
    assertThat(new Http(port).put(path(mcpId), professional("[]")).status()).isEqualTo(401);
    assertThat(new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD).put(path(mcpId), professional("[]"))
        .status()).isEqualTo(401);
    assertThat(staff().get(path(mcpId)).status()).isEqualTo(404);
  }

  private static String professional(String certifications) {
    return """
        {"firstName": "Fay", "lastName": "Field", "email": "fay@mcp.example", "certifications": %s}"""
        .formatted(certifications);
  }

  private static String path(String mcpId) {
    return "/api/admin/mcps/" + mcpId;
  }

  private static String field(Http.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    return response.json().get("errors").get(0).get("field").asText();
  }
}
