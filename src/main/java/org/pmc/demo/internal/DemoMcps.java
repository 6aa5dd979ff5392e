package org.pmc.demo.internal;

import java.util.UUID;
import org.pmc.mcp.McpEnrolment;
import org.pmc.web.PortalUser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Contoso's MCPs from the registry's demo professionals (R-MCP-2): two productivity MCPs at the HQ, whose
 * certifications count toward Messaging (R-COMP-3), one cloud MCP in Seattle, and one invitation still waiting in
 * Berlin. Made only while the first of them is with no organization; each invitation sends its one mail.
 */
@Component
@ConditionalOnProperty(name = "pmc.demo-data", havingValue = "true")
class DemoMcps {

  private final McpEnrolment enrolment;

  DemoMcps(McpEnrolment enrolment) {
    this.enrolment = enrolment;
  }

  /** The number of MCPs invited (none when they already are). */
  int enrol(PortalUser admin, DemoPartner contoso) {
    if (enrolment.isTaken("1000001")) {
      return 0;
    }
    associate(admin, "1000001", "megan.bowen@mcp.example", contoso.location("Redmond"));
    associate(admin, "1000006", "johanna.lorenz@mcp.example", contoso.location("Redmond"));
    associate(admin, "1000002", "alex.wilber@mcp.example", contoso.location("Seattle"));
    enrolment.invite(admin, "1000003", "diego.siciliani@mcp.example", contoso.location("Berlin"));
    return 4;
  }

  private void associate(PortalUser admin, String mcpId, String email, UUID locationId) {
    enrolment.invite(admin, mcpId, email, locationId);
    enrolment.accept(mcpId);
  }
}
