package org.pmc.security.internal;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * The account behind a user name as it stands now: for a sign-in that was verified before and must not be
 * trusted for what it may do (issue 13: a removed, demoted or re-passworded person is refused at once).
 */
@FunctionalInterface
interface CurrentAccounts {

  /** Empty when no such account may sign in any longer. */
  Optional<CurrentAccount> find(String username);

  /** The account's authentication as of now, and the fingerprint of its stored password hash. */
  record CurrentAccount(Authentication authentication, String passwordFingerprint) {

    static CurrentAccount of(Authentication authentication, String passwordHash) {
      return new CurrentAccount(authentication, PasswordFingerprint.of(passwordHash));
    }
  }
}
