package org.pmc.mcp.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * R-MCP-2: invite an MCP to associate at a location. The MCP ID and the address they registered with
 * must both match the registry, so an organization cannot claim a professional it does not know.
 */
public record InviteMcp(
    @NotBlank @Size(max = 20) String mcpId,
    @NotBlank @Email @Size(max = 254) String email,
    @NotNull UUID locationId) {}
