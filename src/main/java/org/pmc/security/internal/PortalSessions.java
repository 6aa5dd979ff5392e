package org.pmc.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.pmc.people.PortalUsers;
import org.pmc.security.internal.PasswordFingerprint;
import org.pmc.web.PortalUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.FindByIndexNameSessionRepository;

/**
 * The portal's sign-in in the HTTP session (issue 13, architecture.md "Sessions and identity"). The session
 * keeps only a {@link SessionIdentity}; every request rebuilds the {@link PortalUser} from the database, so
 * role, organization and status are never older than the request. The session ends (invalidated: its row
 * goes) when the person may no longer sign in, when the stored password hash is no longer the one they
 * signed in with (a password change ends every other session), or when the sign-in is older than the
 * absolute lifetime.
 */
public final class PortalSessions extends SessionSignIns {

  private static final Logger log = LoggerFactory.getLogger(PortalSessions.class);
  public static final String IDENTITY = SessionIdentity.class.getName();
  /** The context rebuilt for this request, so that a forward or error dispatch does not read it again. */
  private static final String REBUILT = PortalSessions.class.getName() + ".REBUILT";

  private final PortalUsers users;

  PortalSessions(PortalUsers users, Clock clock, Duration absoluteLifetime) {
    super(clock, absoluteLifetime);
    this.users = users;
  }

  @Override
  public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
    request.removeAttribute(REBUILT);
    Authentication authentication = context.getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
      // A context rebuilt from the session names its identity: saving it again keeps the sign-in time.
      SessionIdentity identity = authentication.getDetails() instanceof SessionIdentity kept ? kept
          : new SessionIdentity(user.individualId(), user.email(), PasswordFingerprint.of(user.passwordHash()),
              clock.instant());
      HttpSession session = request.getSession(true);
      session.setAttribute(IDENTITY, identity);
      // Spring Session indexes sessions by this name: SessionRevocation finds a person's sessions by it.
      session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
          identity.individualId().toString());
      return;
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(IDENTITY);
      session.removeAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME);
    }
  }

  @Override
  public boolean containsContext(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(IDENTITY) != null;
  }

  @Override
  SecurityContext rebuild(HttpServletRequest request) {
    if (request.getAttribute(REBUILT) instanceof SecurityContext rebuilt) {
      return rebuilt;
    }
    SecurityContext context = contexts.createEmptyContext();
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(IDENTITY) instanceof SessionIdentity identity) {
      Optional<PortalUser> user = current(identity);
      if (user.isPresent()) {
        UsernamePasswordAuthenticationToken authentication =
            UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities());
        authentication.setDetails(identity);
        context.setAuthentication(authentication);
      } else {
        session.invalidate();
      }
    }
    request.setAttribute(REBUILT, context);
    return context;
  }

  /** The person as they are now, while this sign-in still holds for them. */
  private Optional<PortalUser> current(SessionIdentity identity) {
    if (identity.olderThan(absoluteLifetime, clock.instant())) {
      log.info("Session of {} ended: signed in at {}, longer ago than {}", identity.individualId(),
          identity.signedInAt(), absoluteLifetime);
      return Optional.empty();
    }
    Optional<PortalUser> user = users.byId(identity.individualId());
    if (user.isEmpty()) {
      log.info("Session of {} ended: they may no longer sign in", identity.individualId());
    } else if (!PasswordFingerprint.of(user.get().passwordHash()).equals(identity.passwordFingerprint())) {
      log.info("Session of {} ended: their password changed", identity.individualId());
      return Optional.empty();
    }
    return user;
  }
}
