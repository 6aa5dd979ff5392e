package org.pmc.web;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in partner user: always bound to one organization, which is all they may see. {@code language} and
 * {@code timeZone} are their own choices on My profile, null until they choose (the portal then follows the
 * browser, and shows times in UTC).
 */
public record PortalUser(UUID individualId, UUID organizationId, String email, String displayName, Role role,
    String passwordHash, String language, String timeZone) implements UserDetails {

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return email;
  }

  @Override
  public String toString() {
    return "PortalUser[" + email + ", " + role + ", organization " + organizationId + "]";
  }
}
