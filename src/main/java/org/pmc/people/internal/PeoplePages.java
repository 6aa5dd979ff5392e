package org.pmc.people.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.pmc.organization.LocationStatus;
import org.pmc.organization.LocationTree;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.people.AdminScope;
import org.pmc.people.PeopleService;
import org.pmc.people.PersonView;
import org.pmc.people.internal.IndividualStatus;
import org.pmc.people.internal.PeopleFilter;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.Paging;
import org.pmc.web.PortalMessages;
import org.pmc.web.PortalUser;
import org.pmc.web.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the tabs of "Manage People" share: the model every tab shows, the lists, the locations one may act on. */
@Component
class PeoplePages {

  static final int PAGE_SIZE = 25;
  static final List<IndividualStatus> AWAITING = List.of(IndividualStatus.AWAITING_PROFILE,
      IndividualStatus.INVITED, IndividualStatus.AWAITING_APPROVAL);
  private static final Sort BY_NAME = Sort.by("lastName", "firstName", "email");

  private final PeopleService people;
  private final AdminScope scope;
  private final OrganizationService organizations;

  PeoplePages(PeopleService people, AdminScope scope, OrganizationService organizations) {
    this.people = people;
    this.scope = scope;
    this.organizations = organizations;
  }

  /** What every tab shows: which tab, the counts on the tabs, location names (also answered). */
  Map<UUID, String> common(PortalUser user, String tab, Model model) {
    List<LocationView> locations = organizations.locations(user.organizationId());
    Map<UUID, String> names = locations.stream().collect(Collectors.toMap(LocationView::id, LocationView::name));
    Map<IndividualStatus, Long> counts = people.countByStatus(user.organizationId());
    model.addAttribute("tab", tab);
    model.addAttribute("counts", counts.entrySet().stream()
        .collect(Collectors.toMap(entry -> entry.getKey().name(), Map.Entry::getValue)));
    model.addAttribute("awaitingCount", AWAITING.stream().mapToLong(counts::get).sum());
    model.addAttribute("locationNames", names);
    model.addAttribute("allLocations", LocationTree.of(locations).entries());
    model.addAttribute("globalAdmin", user.role() == Role.GLOBAL_ADMIN);
    return names;
  }

  /** A page of {@value #PAGE_SIZE} people of one status, by name; a negative page number is the first page. */
  Page<PersonView> list(PortalUser user, IndividualStatus status, PeopleFilter filter, int page) {
    return list(user, status, filter, page, PAGE_SIZE);
  }

  Page<PersonView> list(PortalUser user, IndividualStatus status, PeopleFilter filter, int page, int size) {
    return people.people(user.organizationId(), new PeopleFilter(status, filter.firstName(), filter.lastName(),
        filter.email(), filter.locationId()), Paging.of(Math.max(page, 0), size, BY_NAME));
  }

  /** Active locations in tree order; with {@code administered}, only those the user may act on (R-ROLE-4). */
  List<LocationTree.Entry> activeLocations(PortalUser user, boolean administered) {
    Predicate<UUID> mayAct = administered ? scope.administered(user) : location -> true;
    return LocationTree.of(organizations.locations(user.organizationId())).entries().stream()
        .filter(entry -> entry.location().status() == LocationStatus.ACTIVE)
        .filter(entry -> mayAct.test(entry.location().id()))
        .toList();
  }

  /**
   * Acts on a person, then shows on the list they were on what {@code action} answers, or the rule that refused
   * it (the rule is checked by the service the action calls).
   */
  String actOn(PortalUser user, UUID id, RedirectAttributes redirect, Function<PersonView, String> action) {
    PersonView person = people.person(user.organizationId(), id);
    try {
      redirect.addFlashAttribute("message", action.apply(person));
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    }
    return "redirect:" + back(person);
  }

  /** The location asked for, else the first one listed; null when there is none. */
  static UUID chosenLocation(UUID requested, List<LocationTree.Entry> locations) {
    if (requested != null) {
      return requested;
    }
    return locations.isEmpty() ? null : locations.get(0).location().id();
  }

  /** The list a person is on, to return to after acting on them. */
  static String back(PersonView person) {
    return switch (person.status()) {
      case ASSOCIATED -> "/portal/people";
      case REQUESTING -> "/portal/people/requests";
      case INVITED, AWAITING_APPROVAL -> "/portal/people/awaiting?status=" + person.status();
      default -> "/portal/people/awaiting";
    };
  }
}
