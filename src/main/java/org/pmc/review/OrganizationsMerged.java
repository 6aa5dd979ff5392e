package org.pmc.review;

import java.util.List;
import java.util.UUID;

/**
 * Published in the transaction that carries out an approved merge (R-LOC-7): the people who moved from the
 * merged organization now belong to another one, its global admins demoted, so their sessions end (issue 13).
 */
public record OrganizationsMerged(UUID organizationId, UUID mergedOrganizationId, List<UUID> movedIndividualIds) {

  public OrganizationsMerged {
    movedIndividualIds = List.copyOf(movedIndividualIds);
  }
}
