package org.pmc.competency;

import java.util.List;
import java.util.UUID;

/** R-COMP-3, R-MCP-3: one associated MCP behind a location's counts, and the competencies they count toward. */
public record CountingMcp(String mcpId, String name, UUID locationId, List<Competency> competencies) {}
