package org.pmc.people;

import java.time.Instant;
import java.util.UUID;

/** A person as the People lists show them. */
public record PersonView(UUID id, String firstName, String lastName, String email, UUID locationId,
    IndividualStatus status, InviteMethod inviteMethod, Instant invitedAt, Role role) {

  static PersonView of(Individual individual) {
    return new PersonView(individual.getId(), individual.getFirstName(), individual.getLastName(),
        individual.getEmail(), individual.getLocationId(), individual.getStatus(), individual.getInviteMethod(),
        individual.getInvitedAt(), individual.getRole());
  }
}
