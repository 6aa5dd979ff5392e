package org.pmc.competency;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/**
 * Published in the transaction that changes what counts toward competencies (a reference approved,
 * expired, reassigned or withdrawn; an MCP associated, moved or removed): R-COMP-3, R-REF-6. It names the
 * locations whose evidence changed, so only they are re-evaluated; none named means every location (after
 * a dissociation or a merge moved things around).
 */
public record EvidenceChanged(UUID organizationId, Set<UUID> locationIds) {

  public EvidenceChanged {
    locationIds = Set.copyOf(locationIds);
  }

  /** The evidence of these locations changed. */
  public static EvidenceChanged at(UUID organizationId, UUID... locationIds) {
    return new EvidenceChanged(organizationId, Set.copyOf(Arrays.asList(locationIds)));
  }

  /** Anything in the organization may have changed. */
  public static EvidenceChanged everywhere(UUID organizationId) {
    return new EvidenceChanged(organizationId, Set.of());
  }

  boolean everywhere() {
    return locationIds.isEmpty();
  }
}
