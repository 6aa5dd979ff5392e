package org.pmc.people.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pmc.people.AdminScope;
import org.pmc.people.PersonView;
import org.pmc.web.PortalUser;
import org.pmc.web.Role;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Portal tab "Associated" of Manage People: everyone associated, with the locations each location admin manages. */
@Controller
@RequestMapping("/portal/people")
@PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
class AssociatedPageController {

  private final PeoplePages pages;
  private final AdminScope scope;

  AssociatedPageController(PeoplePages pages, AdminScope scope) {
    this.pages = pages;
    this.scope = scope;
  }

  @GetMapping
  String associated(@AuthenticationPrincipal PortalUser user, @ModelAttribute("search") PeopleSearch search,
      @RequestParam(defaultValue = "0") int page, Model model) {
    Map<UUID, String> names = pages.common(user, "associated", model);
    Page<PersonView> found = pages.list(user, IndividualStatus.ASSOCIATED, search.filter(), page);
    Map<UUID, List<String>> managed = new HashMap<>();
    found.getContent().stream().filter(person -> person.role() == Role.LOCATION_ADMIN)
        .forEach(person -> managed.put(person.id(), scope.managedLocations(person.id()).stream()
            .map(id -> names.getOrDefault(id, "?")).sorted().toList()));
    model.addAttribute("page", found);
    model.addAttribute("managed", managed);
    model.addAttribute("pageLink", search.link("/portal/people", Map.of()));
    return "people/associated";
  }
}
