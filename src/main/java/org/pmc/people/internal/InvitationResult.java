package org.pmc.people.internal;

import java.util.List;
import java.util.UUID;
import org.pmc.people.internal.AddressList;

/** R-PPL-6: each address of a list, invited or rejected with its reason. */
public record InvitationResult(List<Invited> invited, List<AddressList.Rejection> rejected) {

  public record Invited(String email, UUID individualId) {}
}
