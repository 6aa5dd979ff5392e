package org.pmc.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * A sign-in kept in the HTTP session (the portal's, {@link PortalSessions}; the staff console's,
 * {@link StaffSessions}): the session holds only who signed in and when, and each request rebuilds what they may do,
 * read when first asked for (most static requests never are), while the sign-in is younger than its absolute
 * lifetime.
 */
abstract class SessionSignIns implements SecurityContextRepository {

  protected final Clock clock;
  protected final Duration absoluteLifetime;
  protected final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

  SessionSignIns(Clock clock, Duration absoluteLifetime) {
    this.clock = clock;
    this.absoluteLifetime = absoluteLifetime;
  }

  /** This request's context as the session's sign-in stands now (empty when it no longer holds). */
  abstract SecurityContext rebuild(HttpServletRequest request);

  @Override
  public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
    return new DeferredSecurityContext() {
      private SecurityContext context;

      @Override
      public SecurityContext get() {
        if (context == null) {
          context = rebuild(request);
        }
        return context;
      }

      @Override
      public boolean isGenerated() {
        return get().getAuthentication() == null;
      }
    };
  }

  /** Spring Security 6 calls {@link #loadDeferredContext}; this stays for the interface's older callers. */
  @Override
  @Deprecated
  public SecurityContext loadContext(HttpRequestResponseHolder holder) {
    return rebuild(holder.getRequest());
  }
}
