package org.pmc.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.pmc.web.BodyTooLarge;
import org.pmc.web.ProblemType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request body larger than {@code pmc.max-body-size} (default 1MB; the largest legitimate body, an address
 * list of 5,000 invitations, is about 300 KB) is refused with 413: at once when its Content-Length says so,
 * otherwise (issue 14: a chunked body has none) as soon as reading it passes the limit, so no body is ever
 * read whole. A payment notification is at most {@code pmc.max-notification-size} (default 64KB). A form post
 * Tomcat reads itself, within {@code server.tomcat.max-http-form-post-size}: past that it is 413 as well.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class BodySizeLimit extends OncePerRequestFilter {

  static final String NOTIFICATIONS = "/api/payments/notifications";
  /** Why Tomcat did not parse a form body (Globals.PARAMETER_PARSE_FAILED_REASON_ATTR); Tomcat sets it. */
  private static final String PARSE_FAILED_REASON = "org.apache.catalina.parameter_parse_failed_reason";

  private final long maxBytes;
  private final long maxNotificationBytes;
  private final long maxFormBytes;

  BodySizeLimit(@Value("${pmc.max-body-size:1MB}") DataSize maxBodySize,
      @Value("${pmc.max-notification-size:64KB}") DataSize maxNotificationSize,
      @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxFormSize) {
    this.maxBytes = maxBodySize.toBytes();
    this.maxNotificationBytes = maxNotificationSize.toBytes();
    this.maxFormBytes = maxFormSize.toBytes();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean notification = (request.getContextPath() + NOTIFICATIONS).equals(request.getRequestURI());
    long limit = notification ? maxNotificationBytes : maxBytes;
    if (request.getContentLengthLong() > limit) {
      refuse(response, limit);
      return;
    }
    if (formTooLarge(request)) {
      refuse(response, maxFormBytes);
      return;
    }
    try {
      chain.doFilter(new Counted(request, limit), response);
    } catch (IOException | ServletException | RuntimeException e) {
      // Read outside the handlers that answer 413 themselves (ApiProblems): still 413, never a 500.
      if (BodyTooLarge.in(e).isEmpty() || response.isCommitted()) {
        throw e;
      }
      response.reset();
      refuse(response, limit);
    }
  }

  /** Reads a form post's parameters now, as the filters after this one would, to see whether Tomcat refused it. */
  private static boolean formTooLarge(HttpServletRequest request) {
    String type = request.getContentType();
    if (!"POST".equals(request.getMethod()) || type == null
        || !type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
      return false;
    }
    request.getParameterMap();
    return "POST_TOO_LARGE".equals(String.valueOf(request.getAttribute(PARSE_FAILED_REASON)));
  }

  private static void refuse(HttpServletResponse response, long limit) throws IOException {
    ProblemResponses.write(response, ProblemType.BODY_TOO_LARGE, BodyTooLarge.detail(limit));
  }

  /** The request whose body, as a stream or a reader, throws {@link BodyTooLarge} once past the limit. */
  private static final class Counted extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream stream;
    private BufferedReader reader;

    Counted(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new CountingStream(super.getInputStream(), limit);
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      if (reader == null) {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
      }
      return reader;
    }
  }

  private static final class CountingStream extends ServletInputStream {

    private final ServletInputStream body;
    private final long limit;
    private long count;

    CountingStream(ServletInputStream body, long limit) {
      this.body = body;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = body.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = body.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    private void counted(int n) throws BodyTooLarge {
      count += n;
      if (count > limit) {
        throw new BodyTooLarge(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return body.isFinished();
    }

    @Override
    public boolean isReady() {
      return body.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      body.setReadListener(listener);
    }

    @Override
    public void close() throws IOException {
      body.close();
    }
  }
}
