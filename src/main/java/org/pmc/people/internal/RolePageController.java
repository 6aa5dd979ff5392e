package org.pmc.people.internal;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.UUID;
import org.pmc.people.AdminScope;
import org.pmc.people.PeopleService;
import org.pmc.people.PersonView;
import org.pmc.people.internal.AdminAppointments;
import org.pmc.people.internal.PeoplePages;
import org.pmc.people.internal.RoleForm;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.InvalidField;
import org.pmc.web.PortalMessages;
import org.pmc.web.PortalUser;
import org.pmc.web.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** R-ROLE-4: a global admin makes someone a member, a location admin of named locations, or a global admin. */
@Controller
@RequestMapping("/portal/people/{id}/role")
@PreAuthorize("hasRole('GLOBAL_ADMIN')")
class RolePageController {

  private final PeoplePages pages;
  private final PeopleService people;
  private final AdminAppointments appointments;
  private final AdminScope scope;
  private final PortalMessages messages;

  RolePageController(PeoplePages pages, PeopleService people, AdminAppointments appointments, AdminScope scope,
      PortalMessages messages) {
    this.pages = pages;
    this.people = people;
    this.appointments = appointments;
    this.scope = scope;
    this.messages = messages;
  }

  @GetMapping
  String roleForm(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, Model model) {
    PersonView person = people.person(user.organizationId(), id);
    RoleForm form = new RoleForm();
    form.setRole(person.role());
    form.setLocationIds(new ArrayList<>(scope.managedLocations(id)));
    return rolePage(user, person, form, model);
  }

  @PostMapping
  String appoint(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id,
      @Valid @ModelAttribute("form") RoleForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
    PersonView person = people.person(user.organizationId(), id);
    if (!errors.hasErrors()) {
      try {
        AdminAppointments.AdminView appointed = appointments.appoint(user.organizationId(), user, id,
            form.toAppointment());
        redirect.addFlashAttribute("message", appointedMessage(person, appointed));
        return "redirect:/portal/people";
      } catch (InvalidField e) {
        errors.rejectValue("locationIds", "invalid", PortalMessages.of(e));
      } catch (BusinessRuleViolation e) {
        model.addAttribute("error", PortalMessages.of(e));
      }
    }
    return rolePage(user, person, form, model);
  }

  private String appointedMessage(PersonView person, AdminAppointments.AdminView appointed) {
    String role = messages.label(appointed.role());
    return appointed.locationIds().isEmpty()
        ? messages.text("people.role.appointed", person.displayName(), role)
        : messages.text("people.role.appointedAt", person.displayName(), role, appointed.locationIds().size());
  }

  private String rolePage(PortalUser user, PersonView person, RoleForm form, Model model) {
    pages.common(user, "associated", model);
    model.addAttribute("person", person);
    model.addAttribute("form", form);
    model.addAttribute("roles", Role.values());
    model.addAttribute("locations", pages.activeLocations(user, false));
    return "people/role";
  }
}
