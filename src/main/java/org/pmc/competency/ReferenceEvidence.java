package org.pmc.competency;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * R-COMP-3: the approved, unexpired customer references per location and competency, counted by the reference
 * capability. Declared here, where the requirements are checked, so that competency does not depend on it.
 */
public interface ReferenceEvidence {

  Map<UUID, Map<Competency, Integer>> approvedReferences(UUID organizationId);

  /** The same for some locations of the organization (the ones whose evidence changed). */
  Map<UUID, Map<Competency, Integer>> approvedReferences(UUID organizationId, Collection<UUID> locationIds);
}
