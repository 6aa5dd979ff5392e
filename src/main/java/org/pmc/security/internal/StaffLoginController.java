package org.pmc.security.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff console's sign-in page; the form posts to Spring Security's login filter (StaffAuthentication). */
@Controller
class StaffLoginController {

  @GetMapping("/staff/login")
  String login() {
    return "staff/login";
  }
}
