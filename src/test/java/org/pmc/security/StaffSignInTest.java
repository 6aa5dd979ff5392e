package org.pmc.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff over HTTP Basic: one wrong password from a stranger does not lock a working client out. */
class StaffSignInTest extends IntegrationTest {

  @Autowired
  IdentityService identity;

  @Test
  @DisplayName("Issue 13: a stranger's wrong password for a staff user does not lock out or delay those who know it")
  void aWrongPasswordDoesNotLockOutTheRealClient() {
    staffUser("lockout-test", "the-right-password");
    Http client = new Http(port).as("lockout-test", "the-right-password");
    assertThat(client.get("/api/admin/mcps/none").status()).isEqualTo(404);

    assertThat(new Http(port).as("lockout-test", "a-guess").get("/api/admin/mcps/none").status()).isEqualTo(401);

    // The verified client goes on; and with Camunda's per-user delay off (issue 13), so does a new one.
    assertThat(client.get("/api/admin/mcps/none").status()).isEqualTo(404);
    assertThat(new Http(port).as("lockout-test", "the-right-password").get("/api/admin/mcps/none").status())
        .isEqualTo(404);
    assertThat(new Http(port).as("lockout-test", "a-guess").get("/api/admin/mcps/none").status()).isEqualTo(401);
  }

  private void staffUser(String id, String password) {
    if (identity.createGroupQuery().groupId("rsc").count() == 0) {
      Group group = identity.newGroup("rsc");
      identity.saveGroup(group);
    }
    User user = identity.newUser(id);
    user.setPassword(password);
    identity.saveUser(user);
    identity.createMembership(id, "rsc");
  }
}
