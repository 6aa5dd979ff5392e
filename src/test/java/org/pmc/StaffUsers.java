package org.pmc;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Program staff for tests: a Camunda user with a name, a password and one staff group, made once. */
public final class StaffUsers {

  public static final String PASSWORD = "staff-secret-for-tests";

  private StaffUsers() {}

  /** The user {@code id} in {@code group}, named {@code firstName lastName}; signs in with {@link #PASSWORD}. */
  public static String ensure(IdentityService identity, String id, String firstName, String lastName, String group) {
    if (identity.createGroupQuery().groupId(group).count() == 0) {
      identity.saveGroup(identity.newGroup(group));
    }
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(id + "@staff.example");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(id, group);
    }
    return id;
  }
}
