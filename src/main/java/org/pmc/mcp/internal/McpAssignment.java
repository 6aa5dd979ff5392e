package org.pmc.mcp.internal;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** R-MCP-2: the location an MCP's association is at. */
public record McpAssignment(@NotNull UUID locationId) {}
