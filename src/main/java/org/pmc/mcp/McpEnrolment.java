package org.pmc.mcp;

import java.util.UUID;
import org.pmc.mcp.internal.AssociationStatus;
import org.pmc.mcp.internal.InviteMcp;
import org.pmc.mcp.internal.McpAssociations;
import org.pmc.mcp.internal.McpInvitations;
import org.pmc.web.NotFound;
import org.pmc.web.PortalUser;
import org.springframework.stereotype.Service;

/**
 * An MCP of the registry joining an organization (R-MCP-2) for callers that are neither the admin's page nor the
 * MCP's invitation link, such as the demo organization: the same invitation, mail and acceptance.
 */
@Service
public class McpEnrolment {

  private final McpService mcps;
  private final McpInvitations invitations;
  private final McpAssociations associations;

  McpEnrolment(McpService mcps, McpInvitations invitations, McpAssociations associations) {
    this.mcps = mcps;
    this.invitations = invitations;
    this.associations = associations;
  }

  /** R-MCP-2: the admin invites the MCP to a location; the invitation mail goes to the registered address. */
  public void invite(PortalUser admin, String mcpId, String email, UUID locationId) {
    mcps.invite(admin.organizationId(), admin, new InviteMcp(mcpId, email, locationId));
  }

  /** R-MCP-2: the MCP accepts their waiting invitation, as by its link. */
  public void accept(String mcpId) {
    UUID associationId = associations.findByMcpIdAndStatusNot(mcpId, AssociationStatus.REMOVED)
        .orElseThrow(() -> new NotFound("MCP invitation", mcpId)).getId();
    invitations.accept(associationId);
  }

  /** Whether the MCP is associated with or invited by an organization (R-MCP-2: one at a time). */
  public boolean isTaken(String mcpId) {
    return associations.findByMcpIdAndStatusNot(mcpId, AssociationStatus.REMOVED).isPresent();
  }
}
