package org.pmc.web.internal;

import org.pmc.web.NotFound;
import org.pmc.web.StaffPage;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The staff console's answer to an organization or id that does not exist: its own 404 page (the portal's error
 * page shows the partner's menu). Before {@link PortalProblems}, as a staff page is a controller too.
 */
@ControllerAdvice(annotations = StaffPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StaffProblems {

  @ExceptionHandler(NotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(NotFound e) {
    return "staff/not-found";
  }
}
