package org.pmc.security.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pmc.web.DatabaseOutage;
import org.pmc.web.ProblemJson;
import org.pmc.web.ProblemType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401, 403, 429 and 503 of the JSON API as problem+json, never a redirect to a login page. */
final class ProblemResponses {

  private ProblemResponses() {}

  /** A sign-in that could not be checked because the database is unreachable answers 503, not 401. */
  static AuthenticationEntryPoint unauthorized() {
    return (request, response, e) -> {
      if (DatabaseOutage.causedBy(e)) {
        unavailable(response);
        return;
      }
      response.setHeader("WWW-Authenticate", "Basic realm=\"Partner Membership Center\"");
      write(response, ProblemType.UNAUTHORIZED, "Sign in with HTTP Basic: your portal email and password.");
    };
  }

  /** 503 with Retry-After: nothing was checked or done, and the same request may be sent again shortly. */
  static void unavailable(HttpServletResponse response) throws IOException {
    response.setHeader("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS);
    write(response, ProblemType.UNAVAILABLE, "The database cannot be reached right now; try again in a moment.");
  }

  static AccessDeniedHandler forbidden() {
    return (request, response, e) -> write(response, ProblemType.FORBIDDEN, "You may not do this.");
  }

  static void write(HttpServletResponse response, ProblemType type, String detail) throws IOException {
    ProblemJson.write(response, type, detail);
  }
}
