package org.pmc.mcp.internal;

import java.time.LocalDate;

/** A certification an MCP holds, as the list and the API show it (R-MCP-3). */
public record CertificationView(String code, String title, LocalDate earnedOn) {}
