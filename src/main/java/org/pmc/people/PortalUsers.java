package org.pmc.people;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Only associated individuals with a password can sign in (portal and API). */
@Service
public class PortalUsers implements UserDetailsService {

  private final Individuals individuals;

  PortalUsers(Individuals individuals) {
    this.individuals = individuals;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String email) {
    return individuals.findByEmailIgnoreCaseAndStatus(email.trim(), IndividualStatus.ASSOCIATED)
        .filter(individual -> individual.getPasswordHash() != null)
        .map(PortalUser::of)
        .orElseThrow(() -> new UsernameNotFoundException("No associated individual with that address"));
  }
}
