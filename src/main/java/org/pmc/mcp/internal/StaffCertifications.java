package org.pmc.mcp.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pmc.activity.ActivityLog;
import org.pmc.mcp.McpService;
import org.pmc.mcp.internal.RegisterProfessional.EarnedCertification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff console's registry edit: the RSC records a certification an MCP of the organization earned (or
 * corrects its date), through the registry's own service ({@code PUT /api/admin/mcps/{mcpId}}), and the
 * organization's activity log names them (R-MCP-3: certifications count toward competencies).
 */
@Service
class StaffCertifications {

  private final McpService mcps;
  private final ActivityLog activity;

  StaffCertifications(McpService mcps, ActivityLog activity) {
    this.mcps = mcps;
    this.activity = activity;
  }

  @Transactional
  ProfessionalView record(UUID organizationId, String mcpId, String code, LocalDate earnedOn) {
    mcps.get(organizationId, mcpId); // only an MCP of this organization: another's is not found
    ProfessionalView professional = mcps.professional(mcpId);
    List<EarnedCertification> certifications = new ArrayList<>(professional.certifications().stream()
        .filter(held -> !held.code().equals(code))
        .map(held -> new EarnedCertification(held.code(), held.earnedOn())).toList());
    certifications.add(new EarnedCertification(code, earnedOn));
    ProfessionalView registered = mcps.register(mcpId, new RegisterProfessional(professional.firstName(),
        professional.lastName(), professional.email(), certifications, professional.trainings()));
    activity.record(organizationId, "MCP_REGISTRY_CHANGED", "MCP", null, "Registry: MCP " + mcpId + " ("
        + professional.firstName() + " " + professional.lastName() + ") earned " + code + " on " + earnedOn);
    return registered;
  }
}
