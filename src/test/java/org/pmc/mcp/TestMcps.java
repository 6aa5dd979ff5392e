package org.pmc.mcp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.pmc.TestPartners.Partner;
import org.pmc.mcp.internal.AssociationStatus;
import org.pmc.mcp.internal.InviteMcp;
import org.pmc.mcp.internal.McpAssociations;
import org.pmc.mcp.internal.RegisterProfessional.EarnedCertification;
import org.pmc.mcp.internal.RegisterProfessional;
import org.pmc.mcp.internal.Training;
import org.pmc.web.PortalUser;
import org.pmc.web.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Registers professionals with unique MCP IDs and associates them, for tests that need MCPs in place. */
@Component
public class TestMcps {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 6);

  private final McpService mcps;
  private final McpAssociations associations;

  TestMcps(McpService mcps, McpAssociations associations) {
    this.mcps = mcps;
    this.associations = associations;
  }

  /** A fresh MCP ID, unique in this database. */
  public static String newMcpId() {
    return "T" + RUN + COUNTER.incrementAndGet();
  }

  /** A professional in the registry with these certification codes (earned 2025-01-15) and one training. */
  public String register(String firstName, String lastName, String... certificationCodes) {
    String mcpId = newMcpId();
    mcps.register(mcpId, new RegisterProfessional(firstName, lastName, email(mcpId),
        Arrays.stream(certificationCodes).map(code -> new EarnedCertification(code, LocalDate.of(2025, 1, 15)))
            .toList(),
        List.of(new Training("Training of " + firstName, LocalDate.of(2025, 3, 1)))));
    return mcpId;
  }

  public static String email(String mcpId) {
    return mcpId.toLowerCase() + "@mcp.example";
  }

  /** Invites the MCP as the partner's admin and accepts at once, as the MCP would through the link. */
  @Transactional
  public void associate(Partner partner, String mcpId, UUID locationId) {
    mcps.invite(partner.organizationId(), admin(partner), new InviteMcp(mcpId, email(mcpId), locationId));
    associations.findByMcpIdAndStatusNot(mcpId, AssociationStatus.REMOVED).orElseThrow()
        .accept(Instant.now());
  }

  /** The id of the MCP's current association (for tokens made in tests). */
  public UUID associationId(String mcpId) {
    return associations.findByMcpIdAndStatusNot(mcpId, AssociationStatus.REMOVED).orElseThrow().getId();
  }

  public static PortalUser admin(Partner partner) {
    return new PortalUser(partner.adminId(), partner.organizationId(), partner.adminEmail(), "Ada Admin",
        Role.GLOBAL_ADMIN, null, null, null);
  }
}
