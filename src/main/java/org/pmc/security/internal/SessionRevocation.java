package org.pmc.security.internal;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pmc.people.IndividualRemoved;
import org.pmc.people.PasswordChanged;
import org.pmc.people.PeopleMerged;
import org.pmc.people.PortalUsers;
import org.pmc.people.RoleChanged;
import org.pmc.security.internal.PortalSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a person's sessions when they are removed, get another role, their organization is merged into
 * another (issue 13), or they get a new password: on every node at once, as sessions live in the
 * database. Each request reads the person again anyway (PortalSessions); this also frees the sessions' rows and
 * leaves nothing signed in.
 *
 * <p>After the commit: a change that rolls back keeps the sessions. The session of the request making the
 * change stays (an admin who demotes themselves is still signed in, as a member from their next click):
 * deleting its row under the running request would fail that request's own session save.
 */
@Component
class SessionRevocation {

  private static final Logger log = LoggerFactory.getLogger(SessionRevocation.class);

  private final FindByIndexNameSessionRepository<? extends Session> sessions;
  private final PortalUsers users;

  SessionRevocation(FindByIndexNameSessionRepository<? extends Session> sessions, PortalUsers users) {
    this.sessions = sessions;
    this.users = users;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void removed(IndividualRemoved removed) {
    end(removed.individualId(), "removed");
  }

  @TransactionalEventListener(fallbackExecution = true)
  void roleChanged(RoleChanged changed) {
    end(changed.individualId(), "now " + changed.to());
  }

  @TransactionalEventListener(fallbackExecution = true)
  void merged(PeopleMerged merged) {
    merged.movedIndividualIds().forEach(individualId ->
        end(individualId, "organization merged into " + merged.organizationId()));
  }

  /**
   * A new password ends the person's other sessions. The session that changed it on My profile
   * keeps its sign-in with the new password's fingerprint; any other session of theirs in this request (a reset
   * link opened while signed in) keeps the old fingerprint and ends at its next click (PortalSessions).
   */
  @TransactionalEventListener(fallbackExecution = true)
  void passwordChanged(PasswordChanged changed) {
    end(changed.individualId(), "password changed");
    if (changed.keepsThisSession()) {
      currentSession().ifPresent(session -> keepSignedIn(session, changed.individualId()));
    }
  }

  private void keepSignedIn(HttpSession session, UUID individualId) {
    if (session.getAttribute(PortalSessions.IDENTITY) instanceof SessionIdentity identity
        && identity.individualId().equals(individualId)) {
      users.byId(individualId).ifPresent(user -> session.setAttribute(PortalSessions.IDENTITY,
          new SessionIdentity(individualId, identity.email(), PasswordFingerprint.of(user.passwordHash()),
              identity.signedInAt())));
    }
  }

  private void end(UUID individualId, String why) {
    String current = currentSessionId();
    List<String> ended = sessions.findByPrincipalName(individualId.toString()).keySet().stream()
        .filter(id -> !id.equals(current)).toList();
    ended.forEach(sessions::deleteById);
    if (!ended.isEmpty()) {
      log.info("Ended {} session(s) of {} ({})", ended.size(), individualId, why);
    }
  }

  private static String currentSessionId() {
    return currentSession().map(HttpSession::getId).orElse(null);
  }

  private static Optional<HttpSession> currentSession() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
      return Optional.ofNullable(request.getRequest().getSession(false));
    }
    return Optional.empty();
  }
}
