package org.pmc.people;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.pmc.organization.LocationStatus;
import org.pmc.organization.LocationTree;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.InvalidField;
import org.pmc.web.NotFound;
import org.pmc.web.Paging;
import org.pmc.web.PortalMessages;
import org.pmc.web.PortalUser;
import org.pmc.web.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Portal page "Manage People" and its tabs: Associated, Invite Multiple People (R-PPL-1, R-PPL-2, R-PPL-6),
 * People Requesting Association (R-PPL-3), People Awaiting Profile (R-PPL-4), Program Contacts (R-ROLE-1) and
 * Privileges (R-ROLE-2, R-ROLE-3); roles for global admins (R-ROLE-4). The rules live in the services; a
 * refusal is shown on the page with its rule id, and acting outside one's locations answers 403.
 */
@Controller
@RequestMapping("/portal/people")
@PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
class PeoplePortalController {

  static final int PAGE_SIZE = 25;
  private static final Sort BY_NAME = Sort.by("lastName", "firstName", "email");
  private static final List<IndividualStatus> AWAITING = List.of(IndividualStatus.AWAITING_PROFILE,
      IndividualStatus.INVITED, IndividualStatus.AWAITING_APPROVAL);
  private static final Map<String, String> LABELS = enumLabels();

  private final Invitations invitations;
  private final PeopleService people;
  private final ProgramContacts contacts;
  private final Privileges privileges;
  private final AdminAppointments appointments;
  private final AdminScope scope;
  private final OrganizationService organizations;

  PeoplePortalController(Invitations invitations, PeopleService people, ProgramContacts contacts,
      Privileges privileges, AdminAppointments appointments, AdminScope scope, OrganizationService organizations) {
    this.invitations = invitations;
    this.people = people;
    this.contacts = contacts;
    this.privileges = privileges;
    this.appointments = appointments;
    this.scope = scope;
    this.organizations = organizations;
  }

  @ModelAttribute("labels")
  Map<String, String> labels() {
    return LABELS;
  }

  // --- Associated -------------------------------------------------------------------------------

  @GetMapping
  String associated(@AuthenticationPrincipal PortalUser user, @ModelAttribute("search") Search search,
      @RequestParam(defaultValue = "0") int page, Model model) {
    Map<UUID, String> names = common(user, "associated", model);
    Page<PersonView> found = list(user, IndividualStatus.ASSOCIATED, search.filter(), page);
    Map<UUID, List<String>> managed = new HashMap<>();
    found.getContent().stream().filter(person -> person.role() == Role.LOCATION_ADMIN)
        .forEach(person -> managed.put(person.id(), scope.managedLocations(person.id()).stream()
            .map(id -> names.getOrDefault(id, "?")).sorted().toList()));
    model.addAttribute("page", found);
    model.addAttribute("managed", managed);
    model.addAttribute("pageLink", link("/portal/people", search, Map.of()));
    return "people/associated";
  }

  /** R-ROLE-4: a global admin makes someone a member, a location admin of named locations, or a global admin. */
  @GetMapping("/{id}/role")
  @PreAuthorize("hasRole('GLOBAL_ADMIN')")
  String roleForm(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, Model model) {
    PersonView person = people.person(user.organizationId(), id);
    RoleForm form = new RoleForm();
    form.setRole(person.role());
    form.setLocationIds(new ArrayList<>(scope.managedLocations(id)));
    return rolePage(user, person, form, model);
  }

  @PostMapping("/{id}/role")
  @PreAuthorize("hasRole('GLOBAL_ADMIN')")
  String appoint(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id,
      @Valid @ModelAttribute("form") RoleForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
    PersonView person = people.person(user.organizationId(), id);
    if (!errors.hasErrors()) {
      try {
        AdminAppointments.AdminView appointed = appointments.appoint(user.organizationId(), user, id,
            form.toAppointment());
        redirect.addFlashAttribute("message", person.displayName() + " is now " + LABELS.get(appointed.role().name())
            + (appointed.locationIds().isEmpty() ? "" : " of " + appointed.locationIds().size() + " location(s)")
            + ".");
        return "redirect:/portal/people";
      } catch (InvalidField e) {
        errors.rejectValue("locationIds", "invalid", PortalMessages.of(e));
      } catch (BusinessRuleViolation e) {
        model.addAttribute("error", PortalMessages.of(e));
      }
    }
    return rolePage(user, person, form, model);
  }

  private String rolePage(PortalUser user, PersonView person, RoleForm form, Model model) {
    common(user, "associated", model);
    model.addAttribute("person", person);
    model.addAttribute("form", form);
    model.addAttribute("roles", Role.values());
    model.addAttribute("locations", activeLocations(user, false));
    return "people/role";
  }

  // --- Invite Multiple People ---------------------------------------------------------------------

  @GetMapping("/invite")
  String invitePage(@AuthenticationPrincipal PortalUser user, Model model) {
    return invitePage(user, new InviteListForm(), new InviteOneForm(), model);
  }

  /** R-PPL-1, R-PPL-6: the valid addresses are invited, each bad one is reported with its reason. */
  @PostMapping("/invite")
  String inviteMultiple(@AuthenticationPrincipal PortalUser user,
      @Valid @ModelAttribute("listForm") InviteListForm form, BindingResult errors, Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        InvitationResult result = invitations.inviteMultiple(user.organizationId(), user, form.toCommand());
        redirect.addFlashAttribute("result", InviteOutcome.of(result,
            organizations.location(user.organizationId(), form.getLocationId()).name()));
        return "redirect:/portal/people/invite";
      } catch (InvalidField e) {
        errors.rejectValue("emails".equals(e.field()) ? "emails" : "locationId", "invalid", e.getMessage());
      } catch (BusinessRuleViolation e) {
        model.addAttribute("error", PortalMessages.of(e));
      }
    }
    return invitePage(user, form, new InviteOneForm(), model);
  }

  /** R-PPL-2: the admin enters the details; the person accepts; then an admin approves. */
  @PostMapping("/invite-one")
  String inviteOne(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("oneForm") InviteOneForm form,
      BindingResult errors, Model model, RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        PersonView invited = invitations.inviteSingle(user.organizationId(), user, form.toCommand());
        redirect.addFlashAttribute("message", "We are emailing " + invited.email() + " an invitation. Once "
            + invited.firstName() + " accepts it, approve them here or under Tasks.");
        return "redirect:/portal/people/awaiting?status=INVITED";
      } catch (InvalidField e) {
        errors.rejectValue("locationId", "invalid", e.getMessage());
      } catch (BusinessRuleViolation e) {
        model.addAttribute("error", PortalMessages.of(e));
      }
    }
    return invitePage(user, new InviteListForm(), form, model);
  }

  private String invitePage(PortalUser user, InviteListForm listForm, InviteOneForm oneForm, Model model) {
    common(user, "invite", model);
    List<LocationTree.Entry> locations = activeLocations(user, true);
    if (!locations.isEmpty()) {
      UUID first = locations.get(0).location().id();
      listForm.setLocationId(listForm.getLocationId() == null ? first : listForm.getLocationId());
      oneForm.setLocationId(oneForm.getLocationId() == null ? first : oneForm.getLocationId());
    }
    model.addAttribute("locations", locations);
    model.addAttribute("listForm", listForm);
    model.addAttribute("oneForm", oneForm);
    model.addAttribute("maxLength", InviteListForm.MAX_LENGTH);
    return "people/invite";
  }

  // --- People Requesting Association --------------------------------------------------------------

  @GetMapping("/requests")
  String requests(@AuthenticationPrincipal PortalUser user, @ModelAttribute("search") Search search,
      @RequestParam(defaultValue = "0") int page, Model model) {
    common(user, "requests", model);
    model.addAttribute("page", list(user, IndividualStatus.REQUESTING, search.filter(), page));
    model.addAttribute("pageLink", link("/portal/people/requests", search, Map.of()));
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
    PersonView person = people.person(user.organizationId(), id);
    try {
      invitations.decide(user.organizationId(), user, id, approve);
      redirect.addFlashAttribute("message", !approve
          ? person.displayName() + " was not approved; we tell them by email."
          : person.status() == IndividualStatus.REQUESTING
              ? person.displayName() + " is approved and now awaits their profile; we email them the invitation."
              : person.displayName() + " is approved and now associated.");
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    }
    return "redirect:" + back(person);
  }

  // --- People Awaiting Profile --------------------------------------------------------------------

  @GetMapping("/awaiting")
  String awaiting(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) IndividualStatus status,
      @ModelAttribute("search") Search search, @RequestParam(defaultValue = "0") int page, Model model) {
    common(user, "awaiting", model);
    IndividualStatus shown = status != null && AWAITING.contains(status) ? status : IndividualStatus.AWAITING_PROFILE;
    model.addAttribute("status", shown);
    model.addAttribute("statuses", AWAITING);
    model.addAttribute("progress", invitations.progress(user.organizationId()));
    model.addAttribute("page", list(user, shown, search.filter(), page));
    model.addAttribute("pageLink", link("/portal/people/awaiting", search, Map.of("status", shown)));
    return "people/awaiting";
  }

  /** R-PPL-4: send the invitation again to someone awaiting their profile. */
  @PostMapping("/{id}/resend")
  String resend(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, RedirectAttributes redirect) {
    PersonView person = people.person(user.organizationId(), id);
    try {
      invitations.resend(user.organizationId(), user, id);
      redirect.addFlashAttribute("message", "The invitation is on its way to " + person.email() + " again.");
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    }
    return "redirect:" + back(person);
  }

  /** R-PPL-4: who is about to be deleted, with the button that does it (no script confirm under the CSP). */
  @GetMapping("/{id}/delete")
  String confirmDelete(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, Model model,
      RedirectAttributes redirect) {
    PersonView person = people.person(user.organizationId(), id);
    if (person.status() == IndividualStatus.REMOVED || person.status() == IndividualStatus.REJECTED) {
      redirect.addFlashAttribute("message", person.displayName() + " is no longer on any list.");
      return "redirect:/portal/people/awaiting";
    }
    common(user, person.status() == IndividualStatus.ASSOCIATED ? "associated" : "awaiting", model);
    model.addAttribute("person", person);
    model.addAttribute("locationName", organizations.location(user.organizationId(), person.locationId()).name());
    model.addAttribute("back", back(person));
    return "people/delete";
  }

  @PostMapping("/{id}/delete")
  String delete(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, RedirectAttributes redirect) {
    PersonView person = people.person(user.organizationId(), id);
    try {
      invitations.delete(user.organizationId(), user, id);
      redirect.addFlashAttribute("message", person.displayName() + " was deleted. They can request association "
          + "or be invited again.");
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    }
    return "redirect:" + back(person);
  }

  // --- Program Contacts ---------------------------------------------------------------------------

  /** R-ROLE-1: the four contact roles of a location, each held by an associated individual or by nobody. */
  @GetMapping("/contacts")
  String contacts(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) UUID locationId,
      Model model) {
    common(user, "contacts", model);
    List<LocationTree.Entry> locations = activeLocations(user, true);
    model.addAttribute("locations", locations);
    UUID chosen = chosenLocation(locationId, locations);
    if (chosen == null) {
      return "people/contacts";
    }
    Page<PersonView> associated = list(user, IndividualStatus.ASSOCIATED, Search.NONE.filter(), 0, Paging.MAX_SIZE);
    Map<UUID, PersonView> byId = associated.getContent().stream()
        .collect(Collectors.toMap(PersonView::id, Function.identity()));
    Map<ContactRole, PersonView> holders = new EnumMap<>(ContactRole.class);
    contacts.contacts(user.organizationId(), chosen).forEach(contact -> holders.put(contact.role(),
        byId.containsKey(contact.individualId()) ? byId.get(contact.individualId())
            : people.person(user.organizationId(), contact.individualId())));
    List<ContactRow> rows = new ArrayList<>();
    for (ContactRole role : ContactRole.values()) {
      rows.add(new ContactRow(role, holders.get(role)));
    }
    model.addAttribute("location", organizations.location(user.organizationId(), chosen));
    model.addAttribute("rows", rows);
    model.addAttribute("associated", associated.getContent());
    model.addAttribute("associatedTotal", associated.getTotalElements());
    return "people/contacts";
  }

  @PostMapping("/contacts")
  String assignContact(@AuthenticationPrincipal PortalUser user, @RequestParam UUID locationId,
      @RequestParam ContactRole role, @RequestParam(required = false) UUID individualId,
      RedirectAttributes redirect) {
    if (individualId == null) {
      redirect.addFlashAttribute("error", "Choose who should be the " + LABELS.get(role.name()) + " contact.");
    } else {
      try {
        contacts.assign(user.organizationId(), user, locationId, role, individualId);
        redirect.addFlashAttribute("message", people.person(user.organizationId(), individualId).displayName()
            + " is now the " + LABELS.get(role.name()) + " contact.");
      } catch (BusinessRuleViolation e) {
        redirect.addFlashAttribute("error", PortalMessages.of(e));
      } catch (InvalidField e) {
        redirect.addFlashAttribute("error", PortalMessages.of(e));
      }
    }
    return "redirect:/portal/people/contacts?locationId=" + locationId;
  }

  @PostMapping("/contacts/remove")
  String removeContact(@AuthenticationPrincipal PortalUser user, @RequestParam UUID locationId,
      @RequestParam ContactRole role, RedirectAttributes redirect) {
    contacts.remove(user.organizationId(), user, locationId, role);
    redirect.addFlashAttribute("message", "Nobody is the " + LABELS.get(role.name()) + " contact any more.");
    return "redirect:/portal/people/contacts?locationId=" + locationId;
  }

  // --- Privileges ---------------------------------------------------------------------------------

  /** R-ROLE-2, R-ROLE-3: who holds what at a location, and how many software download privileges remain. */
  @GetMapping("/privileges")
  String privileges(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) UUID locationId,
      @ModelAttribute("search") Search search, @RequestParam(defaultValue = "0") int page, Model model) {
    common(user, "privileges", model);
    List<LocationTree.Entry> locations = activeLocations(user, true);
    model.addAttribute("locations", locations);
    Privileges.Summary summary = privileges.summary(user.organizationId());
    model.addAttribute("summary", summary);
    model.addAttribute("remaining", Math.max(0, summary.softwareDownloadLimit() - summary.softwareDownloadUsed()));
    UUID chosen = chosenLocation(locationId, locations);
    if (chosen == null) {
      return "people/privileges";
    }
    Map<UUID, Set<Privilege>> held = new HashMap<>();
    summary.grants().stream().filter(grant -> grant.locationId().equals(chosen))
        .forEach(grant -> held.computeIfAbsent(grant.individualId(), id -> EnumSet.noneOf(Privilege.class))
            .add(grant.privilege()));
    Search people = new Search(search.firstName(), search.lastName(), search.email(), null);
    model.addAttribute("location", organizations.location(user.organizationId(), chosen));
    model.addAttribute("held", held);
    model.addAttribute("privileges", Privilege.values());
    model.addAttribute("page", list(user, IndividualStatus.ASSOCIATED, people.filter(), page));
    model.addAttribute("pageLink", link("/portal/people/privileges", people, Map.of("locationId", chosen)));
    return "people/privileges";
  }

  @PostMapping("/privileges")
  String changePrivilege(@AuthenticationPrincipal PortalUser user, @RequestParam UUID locationId,
      @RequestParam UUID individualId, @RequestParam Privilege privilege, @RequestParam boolean grant,
      @RequestParam(defaultValue = "0") int page, RedirectAttributes redirect) {
    PersonView person = people.person(user.organizationId(), individualId);
    try {
      if (grant) {
        privileges.grant(user.organizationId(), user, locationId, individualId, privilege);
        redirect.addFlashAttribute("message", LABELS.get(privilege.name()) + " granted to " + person.displayName()
            + ".");
      } else {
        privileges.revoke(user.organizationId(), user, locationId, individualId, privilege);
        redirect.addFlashAttribute("message", LABELS.get(privilege.name()) + " removed from "
            + person.displayName() + ".");
      }
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    } catch (InvalidField e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    }
    return "redirect:/portal/people/privileges?locationId=" + locationId + "&page=" + Math.max(page, 0);
  }

  // --- shared -------------------------------------------------------------------------------------

  /** A person of another organization, or none: the portal's 404 page. */
  @ExceptionHandler(NotFound.class)
  void notFound(NotFound e, HttpServletResponse response) throws IOException {
    response.sendError(HttpStatus.NOT_FOUND.value(), e.getMessage());
  }

  /** What every tab shows: which tab, the counts on the tabs, location names. */
  private Map<UUID, String> common(PortalUser user, String tab, Model model) {
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

  private Page<PersonView> list(PortalUser user, IndividualStatus status, PeopleFilter filter, int page) {
    return list(user, status, filter, page, PAGE_SIZE);
  }

  private Page<PersonView> list(PortalUser user, IndividualStatus status, PeopleFilter filter, int page, int size) {
    return people.people(user.organizationId(), new PeopleFilter(status, filter.firstName(), filter.lastName(),
        filter.email(), filter.locationId()), Paging.of(Math.max(page, 0), size, BY_NAME));
  }

  /** Active locations in tree order; with {@code administered}, only those the user may act on (R-ROLE-4). */
  private List<LocationTree.Entry> activeLocations(PortalUser user, boolean administered) {
    Predicate<UUID> mayAct = administered ? scope.administered(user) : location -> true;
    return LocationTree.of(organizations.locations(user.organizationId())).entries().stream()
        .filter(entry -> entry.location().status() == LocationStatus.ACTIVE)
        .filter(entry -> mayAct.test(entry.location().id()))
        .toList();
  }

  private static UUID chosenLocation(UUID requested, List<LocationTree.Entry> locations) {
    if (requested != null) {
      return requested;
    }
    return locations.isEmpty() ? null : locations.get(0).location().id();
  }

  /** The list a person is on, to return to after acting on them. */
  private static String back(PersonView person) {
    return switch (person.status()) {
      case ASSOCIATED -> "/portal/people";
      case REQUESTING -> "/portal/people/requests";
      case INVITED, AWAITING_APPROVAL -> "/portal/people/awaiting?status=" + person.status();
      default -> "/portal/people/awaiting";
    };
  }

  /** The address of this list with its filters, for the page links ({@code page} is added by the template). */
  private static String link(String path, Search search, Map<String, Object> extra) {
    UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
    extra.forEach(link::queryParam);
    addIfPresent(link, "firstName", search.firstName());
    addIfPresent(link, "lastName", search.lastName());
    addIfPresent(link, "email", search.email());
    if (search.locationId() != null) {
      link.queryParam("locationId", search.locationId());
    }
    return link.encode().build().toUriString();
  }

  private static void addIfPresent(UriComponentsBuilder link, String name, String value) {
    if (value != null && !value.isBlank()) {
      link.queryParam(name, value.trim());
    }
  }

  private static Map<String, String> enumLabels() {
    Map<String, String> labels = new HashMap<>();
    labels.put("GLOBAL_ADMIN", "Global admin");
    labels.put("LOCATION_ADMIN", "Location admin");
    labels.put("MEMBER", "Member");
    labels.put("SOFTWARE_DOWNLOAD", "Software download");
    labels.put("PRODUCT_KEYS", "Product keys");
    labels.put("LICENSE_STATEMENT", "License statement");
    labels.put("TRAINING_ADMIN", "Training admin");
    labels.put("PRIMARY", "Primary");
    labels.put("BILLING", "Billing");
    labels.put("MARKETING", "Marketing");
    labels.put("TECHNICAL", "Technical");
    labels.put("MULTIPLE_INVITE", "Invited by list");
    labels.put("SINGLE_INVITE", "Invited one by one");
    labels.put("REQUEST", "Requested association");
    labels.put("AWAITING_PROFILE", "Approved, awaiting profile");
    labels.put("INVITED", "Invited, not yet accepted");
    labels.put("AWAITING_APPROVAL", "Accepted, awaiting approval");
    return Map.copyOf(labels);
  }

  /** The filters of a People list (R-PPL-3: first name, last name, email, by prefix; and location). */
  record Search(String firstName, String lastName, String email, UUID locationId) {

    static final Search NONE = new Search(null, null, null, null);

    PeopleFilter filter() {
      return new PeopleFilter(null, firstName, lastName, email, locationId);
    }
  }

  /** A contact role of the chosen location and its holder (null if nobody). */
  record ContactRow(ContactRole role, PersonView holder) {}

  /**
   * R-PPL-6: what a list invitation did: how many were invited, and each rejected address with its reason.
   * A flash attribute, so kept in the session: Serializable, as sessions live in PostgreSQL (issue 13).
   */
  record InviteOutcome(int invited, String locationName, List<Rejected> rejected) implements Serializable {

    static InviteOutcome of(InvitationResult result, String locationName) {
      return new InviteOutcome(result.invited().size(), locationName, result.rejected().stream()
          .map(rejection -> new Rejected(rejection.email(), rejection.reason())).toList());
    }
  }

  /** An address that was not invited, and why. */
  record Rejected(String email, String reason) implements Serializable {}
}
