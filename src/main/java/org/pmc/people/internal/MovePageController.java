package org.pmc.people.internal;

import java.util.UUID;
import org.pmc.people.PeopleService;
import org.pmc.people.PersonView;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.InvalidField;
import org.pmc.web.PortalMessages;
import org.pmc.web.PortalUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** R-ROLE-4: an admin moves a person to another location they administer (a location select). */
@Controller
@RequestMapping("/portal/people/{id}/location")
@PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
class MovePageController {

  private final PeoplePages pages;
  private final PeopleService people;
  private final PersonMoves moves;

  MovePageController(PeoplePages pages, PeopleService people, PersonMoves moves) {
    this.pages = pages;
    this.people = people;
    this.moves = moves;
  }

  @GetMapping
  String form(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, Model model) {
    return page(user, people.person(user.organizationId(), id), model);
  }

  @PostMapping
  String move(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id,
      @RequestParam(required = false) UUID locationId, Model model, RedirectAttributes redirect) {
    PersonView person = people.person(user.organizationId(), id);
    try {
      if (locationId == null) {
        throw new InvalidField("locationId", "choose a location");
      }
      PersonView moved = moves.move(user.organizationId(), user, id, locationId);
      redirect.addFlashAttribute("message", moved.displayName() + " is moved.");
      return "redirect:/portal/people";
    } catch (InvalidField e) {
      model.addAttribute("error", PortalMessages.of(e));
    } catch (BusinessRuleViolation e) {
      model.addAttribute("error", PortalMessages.of(e));
    }
    return page(user, person, model);
  }

  private String page(PortalUser user, PersonView person, Model model) {
    pages.common(user, "associated", model);
    model.addAttribute("person", person);
    model.addAttribute("locations", pages.activeLocations(user, true));
    return "people/move";
  }
}
