package org.pmc.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pmc.security.internal.ProblemResponses;
import org.pmc.web.WrongPassword;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A request that checks a password, on any of the surfaces (issue 13, architecture.md "Sessions and identity"),
 * with the account it names ({@code null} when it names none that can be read). Each surface tells a wrong
 * password its own way, as its code answers it: Spring Security's HTTP Basic (ProblemResponses.unauthorized)
 * and Camunda's ProcessEngineAuthenticationFilter with 401; the portal's and the staff console's form logins
 * with a redirect to {@code /portal/login?error} and {@code /staff/login?error}; the Camunda webapps' login
 * resource (UserAuthenticationResource) with 401, and with 403 when the password was right but the user may not
 * use that webapp.
 */
record SignInAttempt(Surface surface, String account) {

  /** Longer names are cut: the account only keys a counter, and an attacker chooses its length. */
  private static final int MAX_ACCOUNT = 200;
  private static final PathPattern PORTAL_LOGIN = parse("/portal/login");
  /** The staff console's own login form (Camunda identity). */
  private static final PathPattern STAFF_LOGIN = parse("/staff/login");
  /** My profile's password change checks the current password (the API's is an HTTP Basic request). */
  private static final PathPattern PASSWORD_CHANGE = parse("/portal/profile/password");
  private static final PathPattern CAMUNDA_LOGIN = parse("/camunda/api/admin/auth/user/{engine}/login/{app}");
  /** Where an HTTP Basic header is checked: the staff and partner API, actuator and Camunda's engine REST. */
  private static final List<PathPattern> BASIC = List.of(parse("/api/**"), parse("/actuator/**"),
      parse("/engine-rest/**"));
  private static final String BASIC_PREFIX = "basic ";

  enum Surface { HTTP_BASIC, PORTAL_FORM, STAFF_FORM, CAMUNDA_WEBAPP, PASSWORD_CHANGE }

  SignInAttempt {
    account = account == null || account.isBlank() ? null : normalized(account);
  }

  /** The sign-in attempt this request is, if it is one. */
  static Optional<SignInAttempt> of(HttpServletRequest request) {
    PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
    boolean post = "POST".equals(request.getMethod());
    if (post && PORTAL_LOGIN.matches(path)) {
      return Optional.of(new SignInAttempt(Surface.PORTAL_FORM, request.getParameter("username")));
    }
    if (post && STAFF_LOGIN.matches(path)) {
      return Optional.of(new SignInAttempt(Surface.STAFF_FORM, request.getParameter("username")));
    }
    if (post && PASSWORD_CHANGE.matches(path)) {
      return Optional.of(new SignInAttempt(Surface.PASSWORD_CHANGE, signedIn(request)));
    }
    if (post && CAMUNDA_LOGIN.matches(path)) {
      return Optional.of(new SignInAttempt(Surface.CAMUNDA_WEBAPP, request.getParameter("username")));
    }
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, BASIC_PREFIX, 0, BASIC_PREFIX.length())
        && BASIC.stream().anyMatch(pattern -> pattern.matches(path))) {
      String token = authorization.substring(BASIC_PREFIX.length());
      return Optional.of(new SignInAttempt(Surface.HTTP_BASIC, basicUser(token)));
    }
    return Optional.empty();
  }

  /**
   * Whether the answer says the password (or the name) was wrong; on any surface, a request that found the
   * current password wrong marks itself ({@link WrongPassword}).
   */
  boolean failed(HttpServletRequest request, HttpServletResponse response) {
    if (request.getAttribute(WrongPassword.ATTRIBUTE) != null) {
      return true;
    }
    return switch (surface) {
      case PASSWORD_CHANGE -> false;
      case HTTP_BASIC, CAMUNDA_WEBAPP -> response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED;
      case PORTAL_FORM -> redirectedTo(response, "/portal/login?error");
      case STAFF_FORM -> redirectedTo(response, "/staff/login?error");
    };
  }

  private static boolean redirectedTo(HttpServletResponse response, String page) {
    return response.getStatus() == HttpServletResponse.SC_FOUND
        && String.valueOf(response.getHeader(HttpHeaders.LOCATION)).contains(page);
  }

  /** Portal emails are compared without case; a Camunda id in another case is the same person to an attacker. */
  static String normalized(String account) {
    String name = account.trim().toLowerCase(Locale.ROOT);
    return name.length() > MAX_ACCOUNT ? name.substring(0, MAX_ACCOUNT) : name;
  }

  /** The address the session signed in with; null without one (the request then fails sign-in anyway). */
  private static String signedIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(PortalSessions.IDENTITY) instanceof SessionIdentity identity
        ? identity.email() : null;
  }

  /** The user name of a Basic header's token; null when it cannot be decoded (still a failed attempt). */
  private static String basicUser(String token) {
    try {
      String decoded = new String(Base64.getDecoder().decode(token.trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? null : decoded.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static PathPattern parse(String pattern) {
    return PathPatternParser.defaultInstance.parse(pattern);
  }
}
