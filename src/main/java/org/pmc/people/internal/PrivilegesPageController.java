package org.pmc.people.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pmc.organization.LocationTree;
import org.pmc.organization.OrganizationService;
import org.pmc.people.PeopleService;
import org.pmc.people.PersonView;
import org.pmc.people.Privilege;
import org.pmc.people.Privileges;
import org.pmc.people.internal.IndividualStatus;
import org.pmc.people.internal.PeoplePages;
import org.pmc.people.internal.PeopleSearch;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.InvalidField;
import org.pmc.web.PortalMessages;
import org.pmc.web.PortalUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Portal tab "Privileges" (R-ROLE-2, R-ROLE-3): who holds what at a location, and the downloads that remain. */
@Controller
@RequestMapping("/portal/people/privileges")
@PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
class PrivilegesPageController {

  private final PeoplePages pages;
  private final Privileges privileges;
  private final PeopleService people;
  private final OrganizationService organizations;
  private final PortalMessages messages;

  PrivilegesPageController(PeoplePages pages, Privileges privileges, PeopleService people,
      OrganizationService organizations, PortalMessages messages) {
    this.pages = pages;
    this.privileges = privileges;
    this.people = people;
    this.organizations = organizations;
    this.messages = messages;
  }

  @GetMapping
  String privileges(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) UUID locationId,
      @ModelAttribute("search") PeopleSearch search, @RequestParam(defaultValue = "0") int page, Model model) {
    pages.common(user, "privileges", model);
    List<LocationTree.Entry> locations = pages.activeLocations(user, true);
    model.addAttribute("locations", locations);
    Privileges.Summary summary = privileges.summary(user.organizationId());
    model.addAttribute("summary", summary);
    model.addAttribute("remaining", Math.max(0, summary.softwareDownloadLimit() - summary.softwareDownloadUsed()));
    UUID chosen = PeoplePages.chosenLocation(locationId, locations);
    if (chosen == null) {
      return "people/privileges";
    }
    PeopleSearch anywhere = search.anyLocation();
    model.addAttribute("location", organizations.location(user.organizationId(), chosen));
    model.addAttribute("held", held(summary, chosen));
    model.addAttribute("privileges", Privilege.values());
    model.addAttribute("page", pages.list(user, IndividualStatus.ASSOCIATED, anywhere.filter(), page));
    model.addAttribute("pageLink", anywhere.link("/portal/people/privileges", Map.of("locationId", chosen)));
    return "people/privileges";
  }

  /** The privileges each individual holds at the location. */
  private static Map<UUID, Set<Privilege>> held(Privileges.Summary summary, UUID location) {
    Map<UUID, Set<Privilege>> held = new HashMap<>();
    summary.grants().stream().filter(grant -> grant.locationId().equals(location))
        .forEach(grant -> held.computeIfAbsent(grant.individualId(), id -> EnumSet.noneOf(Privilege.class))
            .add(grant.privilege()));
    return held;
  }

  @PostMapping
  String changePrivilege(@AuthenticationPrincipal PortalUser user, @RequestParam UUID locationId,
      @RequestParam UUID individualId, @RequestParam Privilege privilege, @RequestParam boolean grant,
      @RequestParam(defaultValue = "0") int page, RedirectAttributes redirect) {
    PersonView person = people.person(user.organizationId(), individualId);
    try {
      if (grant) {
        privileges.grant(user.organizationId(), user, locationId, individualId, privilege);
      } else {
        privileges.revoke(user.organizationId(), user, locationId, individualId, privilege);
      }
      redirect.addFlashAttribute("message", messages.text(grant ? "people.privilege.granted"
          : "people.privilege.removed", messages.label(privilege), person.displayName()));
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    } catch (InvalidField e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    }
    return "redirect:/portal/people/privileges?locationId=" + locationId + "&page=" + Math.max(page, 0);
  }
}
