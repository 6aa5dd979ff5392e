package org.pmc.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.pmc.security.internal.CurrentAccounts.CurrentAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;

/**
 * The staff console's sign-in in the HTTP session, under an attribute of its own: the browser's one session may
 * hold a partner's portal sign-in ({@link PortalSessions}) and a staff sign-in side by side, and neither counts on
 * the other's pages. Every request reads the staff member's groups again from the Camunda identity, so a removed
 * group or a new password takes effect at the next click; the sign-in also ends after the absolute lifetime.
 */
final class StaffSessions extends SessionSignIns {

  private static final Logger log = LoggerFactory.getLogger(StaffSessions.class);
  static final String IDENTITY = StaffIdentity.class.getName();

  private final CurrentAccounts staff;

  StaffSessions(CurrentAccounts staff, Clock clock, Duration absoluteLifetime) {
    super(clock, absoluteLifetime);
    this.staff = staff;
  }

  @Override
  public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
    Authentication authentication = context.getAuthentication();
    Optional<CurrentAccount> account = authentication == null ? Optional.empty()
        : staff.find(authentication.getName());
    if (account.isPresent()) {
      // A context rebuilt from the session names its identity: saving it again keeps the sign-in time.
      StaffIdentity identity = authentication.getDetails() instanceof StaffIdentity kept ? kept
          : new StaffIdentity(authentication.getName(), account.get().passwordFingerprint(), clock.instant());
      request.getSession(true).setAttribute(IDENTITY, identity);
      return;
    }
    forget(request);
  }

  @Override
  public boolean containsContext(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(IDENTITY) != null;
  }

  /** Signs the staff member out of the console only: a portal or Camunda sign-in in the same session stays. */
  void forget(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(IDENTITY);
    }
  }

  @Override
  SecurityContext rebuild(HttpServletRequest request) {
    SecurityContext context = contexts.createEmptyContext();
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(IDENTITY) instanceof StaffIdentity identity) {
      Optional<CurrentAccount> account = current(identity);
      if (account.isPresent()) {
        Authentication authentication = account.get().authentication();
        if (authentication instanceof AbstractAuthenticationToken token) {
          token.setDetails(identity);
        }
        context.setAuthentication(authentication);
      } else {
        session.removeAttribute(IDENTITY);
      }
    }
    return context;
  }

  /** The staff member as they are now, while this sign-in still holds for them. */
  private Optional<CurrentAccount> current(StaffIdentity identity) {
    if (identity.olderThan(absoluteLifetime, clock.instant())) {
      log.info("Staff session of {} ended: signed in at {}, longer ago than {}", identity.userId(),
          identity.signedInAt(), absoluteLifetime);
      return Optional.empty();
    }
    Optional<CurrentAccount> account = staff.find(identity.userId());
    if (account.isEmpty() || !account.get().passwordFingerprint().equals(identity.passwordFingerprint())) {
      log.info("Staff session of {} ended: the user is gone or their password changed", identity.userId());
      return Optional.empty();
    }
    return account;
  }
}
