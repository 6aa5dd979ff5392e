package org.pmc.people.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pmc.organization.LocationTree;
import org.pmc.organization.OrganizationService;
import org.pmc.people.PeopleService;
import org.pmc.people.PersonView;
import org.pmc.people.internal.ContactRole;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.InvalidField;
import org.pmc.web.Paging;
import org.pmc.web.PortalMessages;
import org.pmc.web.PortalUser;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Portal tab "Program Contacts" (R-ROLE-1): the four contact roles of a location, each held by one or nobody. */
@Controller
@RequestMapping("/portal/people/contacts")
@PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
class ContactsPageController {

  private final PeoplePages pages;
  private final ProgramContacts contacts;
  private final PeopleService people;
  private final OrganizationService organizations;
  private final PortalMessages messages;

  ContactsPageController(PeoplePages pages, ProgramContacts contacts, PeopleService people,
      OrganizationService organizations, PortalMessages messages) {
    this.pages = pages;
    this.contacts = contacts;
    this.people = people;
    this.organizations = organizations;
    this.messages = messages;
  }

  /** R-ROLE-1: each role held by an associated individual or by nobody; anyone associated may be chosen. */
  @GetMapping
  String contacts(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) UUID locationId,
      Model model) {
    pages.common(user, "contacts", model);
    List<LocationTree.Entry> locations = pages.activeLocations(user, true);
    model.addAttribute("locations", locations);
    UUID chosen = PeoplePages.chosenLocation(locationId, locations);
    if (chosen == null) {
      return "people/contacts";
    }
    Page<PersonView> associated = pages.list(user, IndividualStatus.ASSOCIATED, PeopleSearch.NONE.filter(), 0,
        Paging.MAX_SIZE);
    model.addAttribute("location", organizations.location(user.organizationId(), chosen));
    model.addAttribute("rows", rows(user, chosen, associated.getContent()));
    model.addAttribute("associated", associated.getContent());
    model.addAttribute("associatedTotal", associated.getTotalElements());
    return "people/contacts";
  }

  /** Every contact role in order with its holder, looked up among the associated listed or else one by one. */
  private List<ContactRow> rows(PortalUser user, UUID location, List<PersonView> associated) {
    Map<UUID, PersonView> byId = associated.stream().collect(Collectors.toMap(PersonView::id, Function.identity()));
    Map<ContactRole, PersonView> holders = new EnumMap<>(ContactRole.class);
    contacts.contacts(user.organizationId(), location).forEach(contact -> holders.put(contact.role(),
        byId.containsKey(contact.individualId()) ? byId.get(contact.individualId())
            : people.person(user.organizationId(), contact.individualId())));
    return Arrays.stream(ContactRole.values()).map(role -> new ContactRow(role, holders.get(role))).toList();
  }

  @PostMapping
  String assignContact(@AuthenticationPrincipal PortalUser user, @RequestParam UUID locationId,
      @RequestParam ContactRole role, @RequestParam(required = false) UUID individualId,
      RedirectAttributes redirect) {
    String label = messages.label(role);
    if (individualId == null) {
      redirect.addFlashAttribute("error", messages.text("people.contact.choose", label));
      return backTo(locationId);
    }
    try {
      contacts.assign(user.organizationId(), user, locationId, role, individualId);
      redirect.addFlashAttribute("message", messages.text("people.contact.assigned",
          people.person(user.organizationId(), individualId).displayName(), label));
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    } catch (InvalidField e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    }
    return backTo(locationId);
  }

  @PostMapping("/remove")
  String removeContact(@AuthenticationPrincipal PortalUser user, @RequestParam UUID locationId,
      @RequestParam ContactRole role, RedirectAttributes redirect) {
    contacts.remove(user.organizationId(), user, locationId, role);
    redirect.addFlashAttribute("message", messages.text("people.contact.removed", messages.label(role)));
    return backTo(locationId);
  }

  private static String backTo(UUID locationId) {
    return "redirect:/portal/people/contacts?locationId=" + locationId;
  }

  /** A contact role of the chosen location and its holder (null if nobody). */
  record ContactRow(ContactRole role, PersonView holder) {}
}
