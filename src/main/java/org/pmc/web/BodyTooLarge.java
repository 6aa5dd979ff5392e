package org.pmc.web;

import java.io.IOException;
import java.util.Optional;

/**
 * A request body read past its limit (issue 14): thrown by the counting stream of {@code BodySizeLimit} from
 * inside whatever reads it (Jackson, a byte[] argument), and answered 413 wherever it surfaces.
 */
public class BodyTooLarge extends IOException {

  public BodyTooLarge(long limit) {
    super(detail(limit));
  }

  public static String detail(long limit) {
    return "The request body is larger than " + limit / 1024 + " KB.";
  }

  /** The body read past its limit that made this fail, however deeply wrapped, if that is what failed. */
  public static Optional<BodyTooLarge> in(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof BodyTooLarge tooLarge) {
        return Optional.of(tooLarge);
      }
    }
    return Optional.empty();
  }
}
