package org.pmc.people.internal;

import java.util.Map;
import java.util.UUID;
import org.pmc.organization.OrganizationService;
import org.pmc.people.PeopleService;
import org.pmc.people.PersonView;
import org.pmc.web.PortalMessages;
import org.pmc.web.PortalUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Portal tab "People Awaiting Profile" (R-PPL-4): approved and invited people with the invitations' progress,
 * Resend, and Delete, which the Associated tab offers too.
 */
@Controller
@RequestMapping("/portal/people")
@PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
class AwaitingPageController {

  private final PeoplePages pages;
  private final Invitations invitations;
  private final PeopleService people;
  private final OrganizationService organizations;
  private final PortalMessages messages;

  AwaitingPageController(PeoplePages pages, Invitations invitations, PeopleService people,
      OrganizationService organizations, PortalMessages messages) {
    this.pages = pages;
    this.invitations = invitations;
    this.people = people;
    this.organizations = organizations;
    this.messages = messages;
  }

  @GetMapping("/awaiting")
  String awaiting(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) IndividualStatus status,
      @ModelAttribute("search") PeopleSearch search, @RequestParam(defaultValue = "0") int page, Model model) {
    pages.common(user, "awaiting", model);
    IndividualStatus shown = status != null && PeoplePages.AWAITING.contains(status) ? status
        : IndividualStatus.AWAITING_PROFILE;
    model.addAttribute("status", shown);
    model.addAttribute("statuses", PeoplePages.AWAITING);
    model.addAttribute("progress", invitations.progress(user.organizationId()));
    model.addAttribute("page", pages.list(user, shown, search.filter(), page));
    model.addAttribute("pageLink", search.link("/portal/people/awaiting", Map.of("status", shown)));
    return "people/awaiting";
  }

  /** R-PPL-4: send the invitation again to someone awaiting their profile. */
  @PostMapping("/{id}/resend")
  String resend(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, RedirectAttributes redirect) {
    return pages.actOn(user, id, redirect, person -> {
      invitations.resend(user.organizationId(), user, id);
      return messages.text("people.resent", person.email());
    });
  }

  /** R-PPL-4: who is about to be deleted, with the button that does it (no script confirm under the CSP). */
  @GetMapping("/{id}/delete")
  String confirmDelete(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, Model model,
      RedirectAttributes redirect) {
    PersonView person = people.person(user.organizationId(), id);
    if (IndividualStatus.GONE.contains(person.status())) {
      redirect.addFlashAttribute("message", messages.text("people.gone", person.displayName()));
      return "redirect:/portal/people/awaiting";
    }
    pages.common(user, person.status() == IndividualStatus.ASSOCIATED ? "associated" : "awaiting", model);
    model.addAttribute("person", person);
    model.addAttribute("locationName", organizations.location(user.organizationId(), person.locationId()).name());
    model.addAttribute("back", PeoplePages.back(person));
    return "people/delete";
  }

  @PostMapping("/{id}/delete")
  String delete(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, RedirectAttributes redirect) {
    return pages.actOn(user, id, redirect, person -> {
      invitations.delete(user.organizationId(), user, id);
      return messages.text("people.deleted", person.displayName());
    });
  }
}
