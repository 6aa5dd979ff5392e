package org.pmc.competency;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * R-COMP-3: the approved, unexpired customer references per location and competency, counted by the reference
 * capability. Declared here, where the requirements are checked, so that competency does not depend on it.
 */
public interface ReferenceEvidence {

  Map<UUID, Map<Competency, Integer>> approvedReferences(UUID organizationId);

  /** The same for some locations of the organization (the ones whose evidence changed). */
  Map<UUID, Map<Competency, Integer>> approvedReferences(UUID organizationId, Collection<UUID> locationIds);

  /**
   * The references behind those counts, of the whole organization or of one of its locations, soonest to expire
   * first; one read whatever the number of locations and competencies.
   */
  List<CountingReference> countingReferences(UUID organizationId, Optional<UUID> locationId);
}
