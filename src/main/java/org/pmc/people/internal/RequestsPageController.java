package org.pmc.people.internal;

import java.util.Map;
import java.util.UUID;
import org.pmc.people.PersonView;
import org.pmc.people.internal.IndividualStatus;
import org.pmc.people.internal.Invitations;
import org.pmc.people.internal.PeoplePages;
import org.pmc.people.internal.PeopleSearch;
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
 * Portal tab "People Requesting Association" (R-PPL-3), and the approval of a request or of an accepted single
 * invitation (R-PPL-2), which the People Awaiting Profile tab offers too.
 */
@Controller
@RequestMapping("/portal/people")
@PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
class RequestsPageController {

  private final PeoplePages pages;
  private final Invitations invitations;
  private final PortalMessages messages;

  RequestsPageController(PeoplePages pages, Invitations invitations, PortalMessages messages) {
    this.pages = pages;
    this.invitations = invitations;
    this.messages = messages;
  }

  @GetMapping("/requests")
  String requests(@AuthenticationPrincipal PortalUser user, @ModelAttribute("search") PeopleSearch search,
      @RequestParam(defaultValue = "0") int page, Model model) {
    pages.common(user, "requests", model);
    model.addAttribute("page", pages.list(user, IndividualStatus.REQUESTING, search.filter(), page));
    model.addAttribute("pageLink", search.link("/portal/people/requests", Map.of()));
    return "people/requests";
  }

  /** R-PPL-2, R-PPL-3: approve a request or an accepted single invitation. */
  @PostMapping("/{id}/approve")
  String approve(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, RedirectAttributes redirect) {
    return decide(user, id, true, redirect);
  }

  @PostMapping("/{id}/reject")
  String reject(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, RedirectAttributes redirect) {
    return decide(user, id, false, redirect);
  }

  private String decide(PortalUser user, UUID id, boolean approve, RedirectAttributes redirect) {
    return pages.actOn(user, id, redirect, person -> {
      invitations.decide(user.organizationId(), user, id, approve);
      return messages.text(decidedKey(person, approve), person.displayName());
    });
  }

  /** An approved request still awaits the profile; an approved accepted invitation is associated at once. */
  private static String decidedKey(PersonView person, boolean approve) {
    if (!approve) {
      return "people.decided.rejected";
    }
    return person.status() == IndividualStatus.REQUESTING ? "people.decided.awaitingProfile"
        : "people.decided.associated";
  }
}
