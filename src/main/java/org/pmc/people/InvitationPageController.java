package org.pmc.people;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.pmc.notification.InvalidLink;
import org.pmc.notification.SignedLinks;
import org.pmc.organization.OrganizationService;
import org.pmc.security.PasswordRule;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /i/{token}}: the page behind the invitation link, where the person completes their profile
 * (R-PPL-1, R-PPL-2, R-PPL-4). {@code GET} only shows; the profile is a {@code POST} with CSRF.
 */
@Controller
class InvitationPageController {

  private final Invitations invitations;
  private final OrganizationService organizations;
  private final SignedLinks links;

  InvitationPageController(Invitations invitations, OrganizationService organizations, SignedLinks links) {
    this.invitations = invitations;
    this.organizations = organizations;
    this.links = links;
  }

  @GetMapping("/i/{token}")
  String show(@PathVariable String token, Model model) {
    Individual person = invitations.invitee(links.verify(token, InvitationMails.LINK_PURPOSE));
    ProfileForm form = new ProfileForm();
    form.setFirstName(person.getFirstName());
    form.setLastName(person.getLastName());
    return page(token, person, form, model);
  }

  @PostMapping("/i/{token}")
  String complete(@PathVariable String token, @Valid @ModelAttribute("form") ProfileForm form,
      BindingResult errors, Model model) {
    UUID individualId = links.verify(token, InvitationMails.LINK_PURPOSE);
    PasswordRule.problem(form.getPassword(), invitations.invitee(individualId).getEmail())
        .ifPresent(problem -> errors.rejectValue("password", "PasswordRule", problem));
    if (!errors.hasErrors()) {
      invitations.completeProfile(individualId, form.getFirstName(), form.getLastName(), form.getPassword());
    }
    return page(token, invitations.invitee(individualId), form, model);
  }

  private String page(String token, Individual person, ProfileForm form, Model model) {
    model.addAttribute("token", token);
    model.addAttribute("person", PersonView.of(person));
    model.addAttribute("open", person.awaitsProfile());
    model.addAttribute("organizationName", organizations.organization(person.getOrganizationId()).name());
    model.addAttribute("form", form);
    return "people/invitation";
  }

  @ExceptionHandler(InvalidLink.class)
  String invalidLink(InvalidLink e, Model model, HttpServletResponse response) {
    response.setStatus(e.expired() ? HttpStatus.GONE.value() : HttpStatus.BAD_REQUEST.value());
    model.addAttribute("message", e.expired()
        ? "This invitation has expired. Ask your organization's admin to send it again." : e.getMessage());
    return "customer/invalid-link";
  }
}
