package org.pmc.people;

import java.util.List;
import java.util.UUID;

/**
 * Published in the transaction that carries out an approved merge (R-LOC-7): the people who moved from the
 * merged organization now belong to another one, its global admins demoted, so their sessions end (issue 13).
 */
public record PeopleMerged(UUID organizationId, List<UUID> movedIndividualIds) {

  public PeopleMerged {
    movedIndividualIds = List.copyOf(movedIndividualIds);
  }
}
