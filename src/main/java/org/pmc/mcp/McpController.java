package org.pmc.mcp;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.pmc.web.Paging;
import org.pmc.web.PortalUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The MCPs of an organization (R-MCP-1..3). Members read; admins of the location concerned invite,
 * assign and remove (checked in {@link McpService}). Access to {org} is checked by OrganizationAccess.
 */
@RestController
@RequestMapping("/api/organizations/{org}")
class McpController {

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final McpService mcps;

  McpController(McpService mcps) {
    this.mcps = mcps;
  }

  @GetMapping("/mcps")
  ResponseEntity<List<McpView>> list(@PathVariable UUID org, McpFilter filter,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return Paging.response(mcps.list(org, filter, Paging.of(page, size, McpService.ORDER)));
  }

  @GetMapping("/mcps.csv")
  ResponseEntity<byte[]> export(@PathVariable UUID org, McpFilter filter) {
    return csv(mcps.csv(org, filter));
  }

  @GetMapping("/mcps/{mcpId}")
  McpView get(@PathVariable UUID org, @PathVariable String mcpId) {
    return mcps.get(org, mcpId);
  }

  @PostMapping("/mcps/invitations")
  @ResponseStatus(HttpStatus.CREATED)
  McpView invite(@PathVariable UUID org, @AuthenticationPrincipal PortalUser user,
      @Valid @RequestBody InviteMcp invitation) {
    return mcps.invite(org, user, invitation);
  }

  @PostMapping("/mcps/{mcpId}/resend-invitation")
  McpView resendInvitation(@PathVariable UUID org, @PathVariable String mcpId,
      @AuthenticationPrincipal PortalUser user) {
    return mcps.resendInvitation(org, user, mcpId);
  }

  @PutMapping("/mcps/{mcpId}/location")
  McpView assign(@PathVariable UUID org, @PathVariable String mcpId, @AuthenticationPrincipal PortalUser user,
      @Valid @RequestBody McpAssignment assignment) {
    return mcps.assign(org, user, mcpId, assignment);
  }

  @DeleteMapping("/mcps/{mcpId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void remove(@PathVariable UUID org, @PathVariable String mcpId, @AuthenticationPrincipal PortalUser user) {
    mcps.remove(org, user, mcpId);
  }

  /** The export as a download named mcps.csv (also used by the portal page). */
  static ResponseEntity<byte[]> csv(byte[] body) {
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("mcps.csv").build()
            .toString())
        .body(body);
  }
}
