package org.pmc;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Creates program staff for tests: Camunda users in Camunda groups, each with a unique id and an email address. */
@Component
public class TestStaff {

  public static final String PASSWORD = "a-long-staff-passphrase";

  private final IdentityService identity;

  TestStaff(IdentityService identity) {
    this.identity = identity;
  }

  /** A member of these groups: id {@code <lastName>-<random>}, email {@code <id>@staff.example}. */
  public String create(String firstName, String lastName, String... groups) {
    String id = lastName.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identity.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(email(id));
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    for (String group : groups) {
      if (identity.createGroupQuery().groupId(group).count() == 0) {
        identity.saveGroup(identity.newGroup(group));
      }
      identity.createMembership(id, group);
    }
    return id;
  }

  public static String email(String userId) {
    return userId + "@staff.example";
  }
}
