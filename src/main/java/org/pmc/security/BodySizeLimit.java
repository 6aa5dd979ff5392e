package org.pmc.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request body larger than {@code pmc.max-body-size} (default 1MB; the largest legitimate body, an address
 * list of 5,000 invitations, is about 300 KB) is refused with 413 before anything reads it. Tomcat limits
 * only form posts by itself ({@code server.tomcat.max-http-form-post-size}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class BodySizeLimit extends OncePerRequestFilter {

  private final long maxBytes;

  BodySizeLimit(@Value("${pmc.max-body-size:1MB}") DataSize maxBodySize) {
    this.maxBytes = maxBodySize.toBytes();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      ProblemResponses.write(response, HttpStatus.PAYLOAD_TOO_LARGE,
          "The request body is larger than " + maxBytes / 1024 + " KB.");
      return;
    }
    chain.doFilter(request, response);
  }
}
