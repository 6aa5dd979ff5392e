package org.pmc.people.internal;

import java.io.Serializable;
import java.util.List;
import org.pmc.people.internal.InvitationResult;

/**
 * R-PPL-6: what a list invitation did: how many were invited, and each rejected address with its reason.
 * A flash attribute, so kept in the session: Serializable, as sessions live in PostgreSQL (issue 13).
 */
record InviteOutcome(int invited, String locationName, List<InviteOutcome.Rejected> rejected)
    implements Serializable {

  static InviteOutcome of(InvitationResult result, String locationName) {
    return new InviteOutcome(result.invited().size(), locationName, result.rejected().stream()
        .map(rejection -> new Rejected(rejection.email(), rejection.reason())).toList());
  }

  /** An address that was not invited, and why. */
  record Rejected(String email, String reason) implements Serializable {}
}
