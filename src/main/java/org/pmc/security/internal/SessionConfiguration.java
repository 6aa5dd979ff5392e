package org.pmc.security.internal;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.pmc.people.PortalUsers;
import org.pmc.security.internal.PortalSessions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.session.DefaultCookieSerializerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions in PostgreSQL (Spring Session JDBC, tables from Flyway V17), shared by every node and by the
 * Camunda webapps (issue 13). Cookies: HttpOnly, SameSite=Lax, and Secure when the public URL is https.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

  /** Not XSRF-TOKEN, the name of the Camunda webapps' token (path /camunda): one name, two tokens there. */
  static final String CSRF_COOKIE = "PMC-CSRF";

  private final boolean secure;

  SessionConfiguration(@Value("${pmc.public-url}") String publicUrl) {
    this.secure = publicUrl.startsWith("https:");
  }

  @Bean
  PortalSessions portalSessions(PortalUsers users, Clock clock, SessionLimits limits) {
    return new PortalSessions(users, clock, limits.absoluteLifetime());
  }

  @Bean
  StaffSessions staffSessions(StaffAuthentication staff, Clock clock, SessionLimits limits) {
    return new StaffSessions(staff, clock, limits.absoluteLifetime());
  }

  /** Just outside Spring Session's filter, to catch what reading a session throws in a database outage. */
  @Bean
  FilterRegistrationBean<SessionStoreOutage> sessionStoreOutage() {
    FilterRegistrationBean<SessionStoreOutage> registration = new FilterRegistrationBean<>(new SessionStoreOutage());
    registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
    return registration;
  }

  @Bean
  DefaultCookieSerializerCustomizer sessionCookie() {
    return cookie -> {
      cookie.setUseHttpOnlyCookie(true);
      cookie.setSameSite("Lax");
      cookie.setUseSecureCookie(secure);
    };
  }

  /**
   * The portal's CSRF token in a cookie, not in the session: a stranger's GET of the login, registration or
   * a link page creates no session (issue 13). HttpOnly: forms carry the token in a hidden field.
   */
  @Bean
  CookieCsrfTokenRepository portalCsrfTokens() {
    CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
    tokens.setCookieName(CSRF_COOKIE);
    tokens.setCookieCustomizer(cookie -> cookie.secure(secure).sameSite("Lax"));
    return tokens;
  }

  /**
   * Camunda's webapps fire parallel requests that set the same new attribute of one session; PostgreSQL's
   * "on conflict do update" keeps the second insert from failing on the first one's row.
   */
  @Bean
  PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionAttributes() {
    return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
  }
}
