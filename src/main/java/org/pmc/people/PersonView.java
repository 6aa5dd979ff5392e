package org.pmc.people;

import java.time.Instant;
import java.util.UUID;
import org.pmc.people.internal.Individual;
import org.pmc.people.internal.IndividualStatus;
import org.pmc.people.internal.InviteMethod;
import org.pmc.web.Role;

/**
 * A person as the People lists show them; {@code invitationSentAt} is when the invitation mail last left
 * (null while it waits to be sent, R-PPL-4).
 */
public record PersonView(UUID id, String firstName, String lastName, String email, UUID locationId,
    IndividualStatus status, InviteMethod inviteMethod, Instant invitedAt, Role role, Instant invitationSentAt) {

  public static PersonView of(Individual individual) {
    return new PersonView(individual.getId(), individual.getFirstName(), individual.getLastName(),
        individual.getEmail(), individual.getLocationId(), individual.getStatus(), individual.getInviteMethod(),
        individual.getInvitedAt(), individual.getRole(), individual.getInvitationSentAt());
  }

  /** First and last name, or the address while the person has not given their name yet. */
  public String displayName() {
    String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
    return name.isEmpty() ? email : name;
  }
}
