package org.pmc.security.internal;

import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.pmc.people.PasswordRule;

/**
 * Issue 13: staff passwords follow the partners' {@link PasswordRule}, enforced by Camunda wherever a staff
 * password is set (Camunda Admin, {@code /engine-rest/user}, {@code IdentityService.saveUser}). One Camunda rule
 * per part of our rule, so Camunda Admin shows which part a password breaks; the length and user-data rules use
 * Camunda's own placeholders, which its webapps translate. A staff member's sign-in name plays the part of a
 * partner's email: the password may contain neither it nor their email address.
 */
final class StaffPasswordPolicy implements PasswordPolicy {

  private static final List<PasswordPolicyRule> RULES = List.of(
      new Rule("PASSWORD_POLICY_LENGTH", Map.of("minLength", Integer.toString(PasswordRule.MIN_LENGTH)),
          (password, user) -> !PasswordRule.tooShort(password)),
      new Rule("PASSWORD_POLICY_COMMON", Map.of(), (password, user) -> !PasswordRule.common(password)),
      new Rule("PASSWORD_POLICY_USER_DATA", Map.of(), (password, user) -> user == null
          || !PasswordRule.containsAddress(password, user.getId())
          && !PasswordRule.containsAddress(password, user.getEmail())));

  @Override
  public List<PasswordPolicyRule> getRules() {
    return RULES;
  }

  /** A part of the rule; a password Camunda checks without its user (no profile yet) is checked without it. */
  private record Rule(String placeholder, Map<String, String> parameters, BiPredicate<String, User> accepts)
      implements PasswordPolicyRule {

    @Override
    public String getPlaceholder() {
      return placeholder;
    }

    @Override
    public Map<String, String> getParameters() {
      return parameters;
    }

    @Override
    public boolean execute(String password) {
      return execute(password, null);
    }

    @Override
    public boolean execute(String password, User user) {
      return password != null && accepts.test(password, user);
    }
  }
}
