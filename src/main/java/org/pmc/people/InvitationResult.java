package org.pmc.people;

import java.util.List;
import java.util.UUID;

/** R-PPL-6: each address of a list, invited or rejected with its reason. */
public record InvitationResult(List<Invited> invited, List<AddressList.Rejection> rejected) {

  public record Invited(String email, UUID individualId) {}
}
