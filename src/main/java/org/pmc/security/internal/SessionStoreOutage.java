package org.pmc.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.pmc.security.internal.ProblemResponses;
import org.pmc.web.DatabaseOutage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions live in the database (issue 13): while it cannot be reached, a request with a session cookie fails
 * before any controller runs (reading the session, the person behind it, its flash attributes). Such a
 * request answers 503, as every other request does in an outage (DatabaseOutagePages, ApiProblems), not 500:
 * problem+json on the API, else the error page ("try again in a moment"). The error page is rendered as for
 * a browser without cookies: with the session cookie Spring Session would try the database again and fail
 * the error page as well.
 */
final class SessionStoreOutage extends OncePerRequestFilter {

  private static final String OUTAGE = SessionStoreOutage.class.getName() + ".OUTAGE";

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getAttribute(OUTAGE) != null) {
      chain.doFilter(new ErrorPageRequest(request), response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException e) {
      if (response.isCommitted() || !DatabaseOutage.causedBy(e)) {
        throw e;
      }
      response.reset();
      if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
        ProblemResponses.unavailable(response);
        return;
      }
      request.setAttribute(OUTAGE, Boolean.TRUE);
      response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS);
      response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
    }
  }

  /**
   * The error page's request as a browser's without cookies: no session to look up, and HTML asked for
   * (Boot's error controller would answer JSON to a client that does not ask for HTML).
   */
  private static final class ErrorPageRequest extends HttpServletRequestWrapper {

    ErrorPageRequest(HttpServletRequest request) {
      super(request);
    }

    @Override
    public Cookie[] getCookies() {
      return null;
    }

    @Override
    public String getHeader(String name) {
      if (HttpHeaders.COOKIE.equalsIgnoreCase(name)) {
        return null;
      }
      return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? MediaType.TEXT_HTML_VALUE : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      String value = getHeader(name);
      return HttpHeaders.COOKIE.equalsIgnoreCase(name) || HttpHeaders.ACCEPT.equalsIgnoreCase(name)
          ? Collections.enumeration(value == null ? List.of() : List.of(value)) : super.getHeaders(name);
    }
  }
}
