package org.pmc.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.pmc.web.DatabaseOutage;
import org.pmc.web.internal.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Portal and customer pages while the database is unreachable: 503 and the error page ("try again in a
 * moment") instead of a 500. The JSON API answers the same with problem+json in {@link ApiProblems}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutagePages implements HandlerExceptionResolver {

  @Override
  public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
      Exception failure) {
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/") || !DatabaseOutage.causedBy(failure)) {
      return null;
    }
    // The error page itself, whatever the Accept header: Boot's error controller would answer JSON to a client
    // that does not ask for HTML.
    response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS);
    return new ModelAndView("error", Map.of("status", HttpStatus.SERVICE_UNAVAILABLE.value(),
        "error", HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase()), HttpStatus.SERVICE_UNAVAILABLE);
  }
}
