package org.pmc.people;

import java.util.Optional;
import java.util.UUID;
import org.pmc.people.internal.Individual;
import org.pmc.people.internal.IndividualStatus;
import org.pmc.people.internal.Individuals;
import org.pmc.web.PortalUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Only associated individuals with a password can sign in (portal and API). Also read on every signed-in
 * request (issue 13): a session or a remembered API sign-in names the person, and what they may do is
 * what this answers now.
 */
@Service
public class PortalUsers implements UserDetailsService {

  private final Individuals individuals;

  PortalUsers(Individuals individuals) {
    this.individuals = individuals;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String email) {
    return byEmail(email)
        .orElseThrow(() -> new UsernameNotFoundException("No associated individual with that address"));
  }

  /** The person who signs in with this address, as they are now; empty once they no longer may. */
  @Transactional(readOnly = true)
  public Optional<PortalUser> byEmail(String email) {
    return individuals.findByEmailAndStatus(email.trim(), IndividualStatus.ASSOCIATED)
        .filter(PortalUsers::maySignIn)
        .map(PortalUsers::portalUser);
  }

  /** The person behind a session, as they are now; empty once they no longer may sign in. */
  @Transactional(readOnly = true)
  public Optional<PortalUser> byId(UUID individualId) {
    return individuals.findById(individualId).filter(PortalUsers::maySignIn).map(PortalUsers::portalUser);
  }

  private static boolean maySignIn(Individual individual) {
    return individual.isAssociated() && individual.getPasswordHash() != null;
  }

  private static PortalUser portalUser(Individual individual) {
    return new PortalUser(individual.getId(), individual.getOrganizationId(), individual.getEmail(),
        individual.fullName(), individual.getRole(), individual.getPasswordHash(), individual.getLanguage(),
        individual.getTimeZone());
  }
}
