package org.pmc.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * A problem+json answer written by a servlet filter or a security handler, where no controller advice
 * runs. The detail is a fixed text of ours, so it needs no JSON escaping.
 */
public final class ProblemJson {

  private ProblemJson() {}

  public static void write(HttpServletResponse response, ProblemType type, String detail) throws IOException {
    HttpStatus status = type.status();
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getWriter().write("{\"type\":\"" + type.uri() + "\",\"title\":\"" + status.getReasonPhrase()
        + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
  }
}
