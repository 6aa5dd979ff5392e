package org.pmc.competency;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * R-COMP-3: the MCPs per location whose certifications count toward each competency, counted by the mcp
 * capability. Declared here, where the requirements are checked, so that competency does not depend on it.
 */
public interface McpEvidence {

  Map<UUID, Map<Competency, Integer>> qualifiedMcps(UUID organizationId);

  /** The same for some locations of the organization (the ones whose evidence changed). */
  Map<UUID, Map<Competency, Integer>> qualifiedMcps(UUID organizationId, Collection<UUID> locationIds);
}
