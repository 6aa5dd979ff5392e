package org.pmc.platform;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * How partners see a staff member (issue 13): by the first and last name of their Camunda identity, never by
 * their user id, which is half of a staff sign-in. Someone Camunda does not know (a removed user, a decision
 * recorded without a signed-in user) or who has no name shows as {@value #UNKNOWN}.
 */
@Component
public class StaffNames {

  static final String UNKNOWN = "Program staff";

  private final IdentityService identity;

  StaffNames(IdentityService identity) {
    this.identity = identity;
  }

  /** The display name of this staff user id; null for nobody (an unassigned task, an open review). */
  public String displayName(String userId) {
    if (userId == null) {
      return null;
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    String name = user == null ? "" : Stream.of(user.getFirstName(), user.getLastName())
        .filter(Objects::nonNull).map(String::trim).filter(part -> !part.isEmpty())
        .collect(Collectors.joining(" "));
    return name.isEmpty() ? UNKNOWN : name;
  }

  /**
   * The staff user completing a task in Tasklist or over {@code /engine-rest} (R-REV-5): Camunda authenticates
   * those requests itself, so Spring Security knows nobody there. Empty in job executor threads and for
   * everyone else.
   */
  public Optional<String> taskUser() {
    Authentication current = identity.getCurrentAuthentication();
    return Optional.ofNullable(current).map(Authentication::getUserId);
  }
}
