package org.pmc.security.internal;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.pmc.security.internal.CurrentAccounts;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Program staff (RSC, billing, support, operators) sign in with their Camunda identity; each Camunda
 * group becomes a role {@code ROLE_<GROUP>} (group {@code rsc-lead} becomes {@code ROLE_RSC_LEAD}).
 * As {@link CurrentAccounts}, it reads the groups again for every request (issue 13).
 */
@Component
class StaffAuthentication implements AuthenticationProvider, CurrentAccounts {

  private final IdentityService identity;

  StaffAuthentication(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    String password = String.valueOf(authentication.getCredentials());
    if (!identity.checkPassword(user, password)) {
      throw new BadCredentialsException("Bad staff credentials");
    }
    return withRoles(user);
  }

  @Override
  public Optional<CurrentAccount> find(String username) {
    User user = identity.createUserQuery().userId(username).singleResult();
    // The stored (salted) hash, as the identity service keeps it.
    return Optional.ofNullable(user).map(found -> CurrentAccount.of(withRoles(username), found.getPassword()));
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  private UsernamePasswordAuthenticationToken withRoles(String user) {
    List<SimpleGrantedAuthority> roles = identity.createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId)
        .map(group -> new SimpleGrantedAuthority("ROLE_" + group.toUpperCase().replace('-', '_')))
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, roles);
  }
}
