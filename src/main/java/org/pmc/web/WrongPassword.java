package org.pmc.web;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A request that checked a password the person typed (the current one, to change it) and found it wrong
 * says so in a request attribute, so that the sign-in throttle counts it like a failed sign-in: nobody guesses a
 * password through the password change faster than through the login.
 */
public final class WrongPassword {

  public static final String ATTRIBUTE = WrongPassword.class.getName();

  private WrongPassword() {}

  /** Marks the running request, if there is one (a process step has none). */
  public static void given() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.setAttribute(ATTRIBUTE, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
    }
  }
}
