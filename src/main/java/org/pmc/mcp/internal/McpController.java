package org.pmc.mcp.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.pmc.mcp.McpService;
import org.pmc.mcp.internal.InviteMcp;
import org.pmc.mcp.internal.McpAssignment;
import org.pmc.web.Paging;
import org.pmc.web.PortalUser;
import org.pmc.web.RefusedBy;
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

  @Operation(summary = "List the organization's MCPs")
  @GetMapping("/mcps")
  ResponseEntity<List<McpView>> list(@PathVariable UUID org, McpFilter filter,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return Paging.response(mcps.list(org, filter, Paging.of(page, size, McpService.ORDER)));
  }

  @Operation(summary = "Export the organization's MCPs as CSV",
      responses = @ApiResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "text/csv")))
  @GetMapping("/mcps.csv")
  ResponseEntity<byte[]> export(@PathVariable UUID org, McpFilter filter) {
    return csv(mcps.csv(org, filter));
  }

  @Operation(summary = "Show an MCP")
  @GetMapping("/mcps/{mcpId}")
  McpView get(@PathVariable UUID org, @PathVariable String mcpId) {
    return mcps.get(org, mcpId);
  }

  @Operation(summary = "Invite an MCP to associate")
  @RefusedBy("R-MCP-2")
  @PostMapping("/mcps/invitations")
  @ResponseStatus(HttpStatus.CREATED)
  McpView invite(@PathVariable UUID org, @AuthenticationPrincipal PortalUser user,
      @Valid @RequestBody InviteMcp invitation) {
    return mcps.invite(org, user, invitation);
  }

  @Operation(summary = "Resend an MCP's invitation")
  @RefusedBy("R-MCP-2")
  @PostMapping("/mcps/{mcpId}/resend-invitation")
  McpView resendInvitation(@PathVariable UUID org, @PathVariable String mcpId,
      @AuthenticationPrincipal PortalUser user) {
    return mcps.resendInvitation(org, user, mcpId);
  }

  @Operation(summary = "Assign an MCP to a location")
  @RefusedBy("R-MCP-2")
  @PutMapping("/mcps/{mcpId}/location")
  McpView assign(@PathVariable UUID org, @PathVariable String mcpId, @AuthenticationPrincipal PortalUser user,
      @Valid @RequestBody McpAssignment assignment) {
    return mcps.assign(org, user, mcpId, assignment);
  }

  @Operation(summary = "Remove an MCP from the organization")
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
