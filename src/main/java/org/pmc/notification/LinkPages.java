package org.pmc.notification;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** The page a refused link shows: a clear 400 (not valid) or 410 (expired, used, replaced), never a 500. */
public final class LinkPages {

  private LinkPages() {}

  /** 410 for a link past its time or already used, 400 for one forged or made for another page. */
  public static String refused(InvalidLink e, String hint, Model model, HttpServletResponse response) {
    model.addAttribute("messageKey", e.key()); // the page says it in the reader's language
    return refused(e.expired() ? HttpStatus.GONE : HttpStatus.BAD_REQUEST, e.getMessage(), hint, model, response);
  }

  /**
   * R-PPL-5, R-PPL-7: the owner clicked, so they may hear it: the address was taken since their request (an earlier
   * click of another request, an invitation). 409.
   */
  public static String addressTaken(String hint, Model model, HttpServletResponse response) {
    model.addAttribute("messageKey", "link.invalid.addressTaken");
    return refused(HttpStatus.CONFLICT, "This address already has an account.", hint, model, response);
  }

  public static String refused(HttpStatus status, String message, String hint, Model model,
      HttpServletResponse response) {
    response.setStatus(status.value());
    model.addAttribute("message", message);
    model.addAttribute("hint", hint);
    return "customer/invalid-link";
  }
}
