package org.pmc.people;

import java.util.UUID;
import org.pmc.people.internal.Individual;
import org.pmc.web.Role;

/** The signed-in person as {@code GET /api/me} shows them. */
public record ProfileView(UUID id, String email, UUID organizationId, UUID locationId, Role role, String firstName,
    String lastName, String phone, String language, String timeZone) {

  public static ProfileView of(Individual person) {
    return new ProfileView(person.getId(), person.getEmail(), person.getOrganizationId(), person.getLocationId(),
        person.getRole(), person.getFirstName(), person.getLastName(), person.getPhone(), person.getLanguage(),
        person.getTimeZone());
  }
}
