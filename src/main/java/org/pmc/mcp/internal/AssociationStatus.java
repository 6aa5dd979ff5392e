package org.pmc.mcp.internal;

/**
 * Where an MCP stands with an organization (R-MCP-2): invited until they accept the link in the email,
 * then associated; removed frees the MCP to associate elsewhere.
 */
public enum AssociationStatus {
  INVITED,
  ASSOCIATED,
  REMOVED
}
