package org.pmc.people.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.pmc.notification.InvalidLink;
import org.pmc.notification.LinkPages;
import org.pmc.notification.SignedLinks;
import org.pmc.people.PeopleService;
import org.pmc.people.Registrations;
import org.pmc.web.BusinessRuleViolation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /confirm/{token}}: the page behind the link in a registration's confirmation mail (R-PPL-7). {@code GET}
 * only shows what will be created; the <b>Confirm</b> button ({@code POST}, CSRF) creates the organization and
 * its global admin, who then signs in on the login page shown with the partner number (R-PPL-8).
 */
@Controller
class ConfirmationPageController {

  private static final String NEW_LINK = "Register again on the registration page to get a new link.";

  private final Registrations registrations;
  private final PeopleService people;
  private final SignedLinks links;

  ConfirmationPageController(Registrations registrations, PeopleService people, SignedLinks links) {
    this.registrations = registrations;
    this.people = people;
    this.links = links;
  }

  @GetMapping("/confirm/{token}")
  String show(@PathVariable String token, Model model, HttpServletResponse response) {
    PendingRegistration registration = registrations.open(registrationOf(token));
    if (people.isTaken(registration.getEmail())) {
      return alreadyRegistered(model, response); // an earlier click of another registration won (R-PPL-5)
    }
    model.addAttribute("token", token);
    model.addAttribute("registration", registration);
    return "organization/confirm";
  }

  @PostMapping("/confirm/{token}")
  String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
    UUID id = registrationOf(token);
    String email = registrations.open(id).getEmail();
    try {
      model.addAttribute("registered", registrations.confirm(id, LocaleContextHolder.getLocale()));
      model.addAttribute("registeredEmail", email);
      return "portal/login";
    } catch (BusinessRuleViolation taken) {
      return alreadyRegistered(model, response);
    }
  }

  private UUID registrationOf(String token) {
    return links.verify(token, RegistrationMails.LINK_PURPOSE);
  }

  private static String alreadyRegistered(Model model, HttpServletResponse response) {
    return LinkPages.addressTaken("Sign in with it, or register with another address.", model, response);
  }

  @ExceptionHandler(InvalidLink.class)
  String invalidLink(InvalidLink e, Model model, HttpServletResponse response) {
    return LinkPages.refused(e, NEW_LINK, model, response);
  }
}
