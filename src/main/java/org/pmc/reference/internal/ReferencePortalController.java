package org.pmc.reference.internal;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pmc.competency.Competency;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.people.AdminScope;
import org.pmc.reference.CustomerReferenceService;
import org.pmc.reference.ReferenceStatus;
import org.pmc.reference.internal.ReferenceFilter;
import org.pmc.reference.internal.ReferenceForm;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.InvalidField;
import org.pmc.web.Languages;
import org.pmc.web.Paging;
import org.pmc.web.PortalMessages;
import org.pmc.web.PortalUser;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Portal pages "Manage Customer References" and "Create Customer Reference" (R-REF-1, R-REF-6). */
@Controller
@RequestMapping("/portal/references")
class ReferencePortalController {

  private static final int PAGE_SIZE = 25;

  private final CustomerReferenceService references;
  private final OrganizationService organizations;
  private final AdminScope scope;
  private final PortalMessages texts;

  ReferencePortalController(CustomerReferenceService references, OrganizationService organizations,
      AdminScope scope, PortalMessages texts) {
    this.texts = texts;
    this.references = references;
    this.organizations = organizations;
    this.scope = scope;
  }

  @GetMapping
  String list(@AuthenticationPrincipal PortalUser user, @ModelAttribute("filter") ReferenceFilter filter,
      @RequestParam(defaultValue = "0") int page, Model model) {
    List<LocationView> locations = organizations.locations(user.organizationId());
    model.addAttribute("page", references.list(user.organizationId(), filter,
        Paging.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "createdAt"))));
    model.addAttribute("locations", locations);
    model.addAttribute("locationNames", locations.stream()
        .collect(Collectors.toMap(LocationView::id, LocationView::name)));
    model.addAttribute("statuses", ReferenceStatus.values());
    model.addAttribute("competencies", Competency.values());
    return "reference/list";
  }

  @GetMapping("/new")
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  String newReference(@AuthenticationPrincipal PortalUser user, @RequestParam Optional<UUID> locationId,
      @RequestParam Optional<Competency> competency, Model model) {
    // The competency planner's "Create a reference" preselects its line's location and competency.
    ReferenceForm form = new ReferenceForm();
    locationId.ifPresent(form::setLocationId);
    competency.ifPresent(form::setCompetency);
    // The customer contact most likely reads the partner's own language; the partner may choose another.
    form.setContactLanguage(Languages.orDefault(organizations.organization(user.organizationId()).language())
        .getLanguage());
    return form(user, form, false, model);
  }

  @PostMapping("/new")
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  String create(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") ReferenceForm form,
      BindingResult errors, Model model, RedirectAttributes redirect) {
    return submit(user, form, errors, model, false, () -> {
      scope.requireLocation(user, form.getLocationId()); // R-ROLE-4
      ReferenceView created = references.create(user.organizationId(), user.individualId(), form.toNewReference());
      redirect.addFlashAttribute("message", texts.text("ref.flash.created", created.contactEmail()));
    });
  }

  @GetMapping("/{id}/assign")
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  String assignForm(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, Model model) {
    model.addAttribute("referenceId", id);
    return form(user, ReferenceForm.of(references.get(user.organizationId(), id)), true, model);
  }

  @PostMapping("/{id}/assign")
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  String assign(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id,
      @ModelAttribute("form") ReferenceForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
    model.addAttribute("referenceId", id);
    return submit(user, form, errors, model, true, () -> {
      scope.requireLocation(user, references.get(user.organizationId(), id).locationId()); // R-ROLE-4
      scope.requireLocation(user, form.getLocationId());
      references.reassign(user.organizationId(), id, form.toAssignment());
      redirect.addFlashAttribute("message", texts.text("ref.flash.assigned"));
    });
  }

  @PostMapping("/{id}/withdraw")
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  String withdraw(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, RedirectAttributes redirect) {
    scope.requireLocation(user, references.get(user.organizationId(), id).locationId()); // R-ROLE-4
    try {
      references.withdraw(user.organizationId(), id);
      redirect.addFlashAttribute("message", texts.text("ref.flash.withdrawn"));
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("message", e.getMessage() + " (" + e.rule() + ")");
    }
    return "redirect:/portal/references";
  }

  private String submit(PortalUser user, ReferenceForm form, BindingResult errors, Model model, boolean assign,
      Runnable action) {
    if (!assign && errors.hasErrors() || assign && (form.getLocationId() == null || form.getCompetency() == null)) {
      return form(user, form, assign, model);
    }
    try {
      action.run();
      return "redirect:/portal/references";
    } catch (InvalidField e) {
      errors.rejectValue(e.field(), "invalid", e.getMessage());
    } catch (BusinessRuleViolation e) {
      model.addAttribute("error", e.getMessage() + " (" + e.rule() + ")");
    }
    return form(user, form, assign, model);
  }

  private String form(PortalUser user, ReferenceForm form, boolean assign, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("assign", assign);
    model.addAttribute("locations", organizations.locations(user.organizationId()).stream()
        .filter(location -> location.status().name().equals("ACTIVE")).toList());
    model.addAttribute("competencies", Arrays.asList(Competency.values()));
    model.addAttribute("languages", Languages.SUPPORTED);
    return "reference/form";
  }
}
