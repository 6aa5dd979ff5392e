package org.pmc.people.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.pmc.notification.InvalidLink;
import org.pmc.notification.LinkPages;
import org.pmc.notification.SignedLinks;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.people.PasswordRule;
import org.pmc.people.PersonView;
import org.pmc.people.internal.Individual;
import org.pmc.people.internal.InvitationMails;
import org.pmc.web.Languages;
import org.pmc.web.PageLanguage;
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
  String show(@PathVariable String token, Model model, HttpServletRequest request) {
    Individual person = invitee(token);
    ProfileForm form = new ProfileForm();
    form.setFirstName(person.getFirstName());
    form.setLastName(person.getLastName());
    return page(token, person, form, model, request);
  }

  @PostMapping("/i/{token}")
  String complete(@PathVariable String token, @Valid @ModelAttribute("form") ProfileForm form,
      BindingResult errors, Model model, HttpServletRequest request) {
    Individual person = invitee(token);
    PasswordRule.problem(form.getPassword(), person.getEmail())
        .ifPresent(problem -> errors.rejectValue("password", "PasswordRule", problem));
    if (!errors.hasErrors()) {
      invitations.completeProfile(person.getId(), form.getFirstName(), form.getLastName(), form.getPassword());
    }
    return page(token, invitee(token), form, model, request);
  }

  /** The token names the invitation mail's link id, not the person (issue 13). */
  private Individual invitee(String token) {
    return invitations.invitee(links.verify(token, InvitationMails.LINK_PURPOSE));
  }

  private String page(String token, Individual person, ProfileForm form, Model model, HttpServletRequest request) {
    OrganizationView organization = organizations.organization(person.getOrganizationId());
    // R-LOC: the invitee reads their own language, else (not chosen yet) their organization's, as in the mail.
    PageLanguage.use(request, Languages.of(person.getLanguage())
        .orElseGet(() -> Languages.orDefault(organization.language())));
    model.addAttribute("token", token);
    model.addAttribute("person", PersonView.of(person));
    model.addAttribute("open", person.awaitsProfile());
    model.addAttribute("organizationName", organization.name());
    model.addAttribute("form", form);
    return "people/invitation";
  }

  /** Issue 13: a link a newer invitation mail replaced is gone for good; the page says which one to use. */
  @ExceptionHandler(ReplacedInvitationLink.class)
  String replacedLink(ReplacedInvitationLink e, Model model, HttpServletResponse response) {
    return LinkPages.refused(HttpStatus.GONE, e.getMessage(), null, model, response);
  }

  @ExceptionHandler(InvalidLink.class)
  String invalidLink(InvalidLink e, Model model, HttpServletResponse response) {
    model.addAttribute("messageKey", e.expired() ? "link.invitation.expired" : e.key());
    return e.expired()
        ? LinkPages.refused(HttpStatus.GONE,
            "This invitation has expired. Ask your organization's admin to send it again.", null, model, response)
        : LinkPages.refused(HttpStatus.BAD_REQUEST, e.getMessage(), null, model, response);
  }
}
