package org.pmc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 13: staff passwords follow the partners' password rule, enforced by Camunda's password policy. */
class StaffPasswordPolicyTest extends IntegrationTest {

  @Autowired
  IdentityService identity;

  @Test
  @DisplayName("Issue 13: Camunda refuses a staff password that is short, common, or contains the user id or email")
  void camundaRefusesPasswordsThatBreakTheRule() {
    String id = "policy-" + UUID.randomUUID().toString().substring(0, 8);
    for (String password : new String[] {"rsc", "short7!", "Password123", "my-" + id + "-secret",
        "x-" + id.toUpperCase() + "-x", "riley.reviewer-2025"}) {
      User user = staff(id);
      user.setPassword(password);
      assertThatThrownBy(() -> identity.saveUser(user)).as(password)
          .isInstanceOf(ProcessEngineException.class).hasMessageContaining("policy");
    }
    assertThat(identity.createUserQuery().userId(id).count()).isZero();

    User user = staff(id);
    user.setPassword("a-long-unusual-passphrase");
    identity.saveUser(user);
    assertThat(identity.checkPassword(id, "a-long-unusual-passphrase")).isTrue();
  }

  @Test
  @DisplayName("Issue 13: engine REST and Camunda Admin see the policy, with the part of the rule a password breaks")
  void theEngineShowsOurPolicy() {
    Http admin = new Http(port).asCamundaAdmin();
    JsonNode checked = admin.post("/engine-rest/identity/password-policy",
        "{\"password\": \"password123\", \"profile\": {\"id\": \"someone\"}}").json();

    assertThat(checked.get("valid").asBoolean()).isFalse();
    assertThat(checked.get("rules").findValuesAsText("placeholder")).containsExactlyInAnyOrder(
        "PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_COMMON", "PASSWORD_POLICY_USER_DATA");
    for (JsonNode rule : checked.get("rules")) {
      assertThat(rule.get("valid").asBoolean()).as(rule.get("placeholder").asText())
          .isEqualTo(!"PASSWORD_POLICY_COMMON".equals(rule.get("placeholder").asText()));
    }
    assertThat(admin.post("/engine-rest/user/create", """
        {"profile": {"id": "rest-short", "firstName": "R", "lastName": "S", "email": "rs@rsc.example"},
         "credentials": {"password": "short"}}""").status()).isGreaterThanOrEqualTo(400);
    assertThat(identity.createUserQuery().userId("rest-short").count()).isZero();
  }

  private User staff(String id) {
    User user = identity.newUser(id);
    user.setFirstName("Riley");
    user.setLastName("Reviewer");
    user.setEmail("riley.reviewer@rsc.example");
    return user;
  }
}
