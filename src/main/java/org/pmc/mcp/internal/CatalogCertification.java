package org.pmc.mcp.internal;

import java.util.List;
import org.pmc.competency.Competency;

/** A certification of the catalog, for the certification filter and its hints (R-MCP-1, R-MCP-3). */
public record CatalogCertification(String code, String title, List<Competency> competencies) {}
