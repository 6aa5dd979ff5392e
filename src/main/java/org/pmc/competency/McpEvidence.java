package org.pmc.competency;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * R-COMP-3: the MCPs per location whose certifications count toward each competency, counted by the mcp
 * capability. Declared here, where the requirements are checked, so that competency does not depend on it.
 */
public interface McpEvidence {

  Map<UUID, Map<Competency, Integer>> qualifiedMcps(UUID organizationId);

  /** The same for some locations of the organization (the ones whose evidence changed). */
  Map<UUID, Map<Competency, Integer>> qualifiedMcps(UUID organizationId, Collection<UUID> locationIds);

  /**
   * The associated MCPs behind those counts, of the whole organization or of one of its locations, each with
   * the competencies their certifications count toward (only MCPs that count toward one); a constant number of
   * reads whatever the number of locations and competencies.
   */
  List<CountingMcp> countingMcps(UUID organizationId, Optional<UUID> locationId);

  /** R-MCP-3: per competency, the certifications of the program that count toward it, by title; one read. */
  Map<Competency, List<CountingCertification>> certificationsCounting();
}
