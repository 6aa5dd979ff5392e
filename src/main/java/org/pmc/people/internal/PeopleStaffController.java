package org.pmc.people.internal;

import java.util.UUID;
import java.util.stream.Collectors;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.people.PeopleService;
import org.pmc.people.PersonView;
import org.pmc.web.Paging;
import org.pmc.web.StaffForm;
import org.pmc.web.StaffPage;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff console, People (RSC and support): everyone of the organization in any status, by name, 20 a page. The RSC
 * releases an address a stranger's invitation or request holds (R-PPL-7, the service of
 * {@code DELETE /api/admin/addresses/{email}}); unlocking a sign-in is the security module's.
 */
@Controller
@StaffPage
class PeopleStaffController {

  private static final int PAGE_SIZE = 20;
  private static final Sort BY_NAME = Sort.by("lastName", "firstName", "email", "id");

  private final PeopleService people;
  private final AddressHolds holds;
  private final OrganizationService organizations;

  PeopleStaffController(PeopleService people, AddressHolds holds, OrganizationService organizations) {
    this.people = people;
    this.holds = holds;
    this.organizations = organizations;
  }

  @GetMapping("/staff/organizations/{organizationId}/people")
  String list(@PathVariable UUID organizationId, @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("people", people.people(organizationId, new PeopleFilter(null, null, null, null, null),
        Paging.of(Math.max(page, 0), PAGE_SIZE, BY_NAME)));
    model.addAttribute("locationNames", organizations.locations(organizationId).stream()
        .collect(Collectors.toMap(LocationView::id, LocationView::name)));
    return "staff/people";
  }

  @PostMapping("/staff/organizations/{organizationId}/people/{individualId}/release")
  String release(@PathVariable UUID organizationId, @PathVariable UUID individualId, RedirectAttributes redirect) {
    PersonView person = people.person(organizationId, individualId);
    return StaffForm.submit(redirect, "/staff/organizations/" + organizationId + "/people",
        () -> "Address " + holds.release(person.email()).email() + " released.");
  }
}
