package org.pmc.mcp.internal;

import java.util.UUID;
import org.pmc.mcp.McpService;
import org.pmc.web.Paging;
import org.pmc.web.StaffForm;
import org.pmc.web.StaffPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff console, MCPs (RSC): the organization's associated MCPs with their certifications (R-MCP-1, R-MCP-3), 20 a
 * page; the RSC records a certification in the registry for one of them.
 */
@Controller
@StaffPage
class McpStaffController {

  private static final int PAGE_SIZE = 20;

  private final McpService mcps;
  private final StaffCertifications certifications;

  McpStaffController(McpService mcps, StaffCertifications certifications) {
    this.mcps = mcps;
    this.certifications = certifications;
  }

  @GetMapping("/staff/organizations/{organizationId}/mcps")
  String list(@PathVariable UUID organizationId, @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("mcps", mcps.list(organizationId, McpFilter.associated(),
        Paging.of(Math.max(page, 0), PAGE_SIZE, McpService.ORDER)));
    model.addAttribute("catalog", mcps.certifications());
    return "staff/mcps";
  }

  @PostMapping("/staff/organizations/{organizationId}/mcps/{mcpId}/certifications")
  String recordCertification(@PathVariable UUID organizationId, @PathVariable String mcpId,
      @RequestParam(required = false) String code, @RequestParam(required = false) String earnedOn,
      RedirectAttributes redirect) {
    return StaffForm.submit(redirect, "/staff/organizations/" + organizationId + "/mcps", () -> {
      String certification = StaffForm.required("code", code == null || code.isBlank() ? null : code.strip());
      ProfessionalView registered = certifications.record(organizationId, mcpId, certification,
          StaffForm.required("earnedOn", StaffForm.date("earnedOn", earnedOn)));
      return "Registry saved: " + registered.firstName() + " " + registered.lastName() + " holds "
          + registered.certifications().size() + " certification(s).";
    });
  }
}
