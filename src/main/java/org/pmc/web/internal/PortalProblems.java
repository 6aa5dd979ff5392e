package org.pmc.web.internal;

import org.pmc.web.NotFound;
import org.pmc.web.internal.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The portal's and the link pages' answer to an id that does not exist (e.g. the link of an invitation whose
 * person was deleted meanwhile): the error page with 404, not a 500. After {@link ApiProblems}, which
 * answers everything for the JSON API.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class PortalProblems {

  @ExceptionHandler(NotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(NotFound e, Model model) {
    model.addAttribute("status", HttpStatus.NOT_FOUND.value());
    model.addAttribute("error", HttpStatus.NOT_FOUND.getReasonPhrase());
    return "error";
  }
}
