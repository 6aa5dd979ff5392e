package org.pmc.organization.internal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.pmc.organization.CountryOption;
import org.pmc.organization.LocationAdministration;
import org.pmc.organization.LocationStatus;
import org.pmc.organization.LocationTree;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.organization.internal.Location;
import org.pmc.organization.internal.LocationForm;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.InvalidField;
import org.pmc.web.NotFound;
import org.pmc.web.PortalMessages;
import org.pmc.web.PortalUser;
import org.pmc.web.Role;
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

/**
 * Portal page "Manage Locations": the location tree for everyone (R-LOC-1); adding a location for admins
 * (R-LOC-2, R-ROLE-4); moving a location and selecting a new HQ for global admins (R-LOC-3, R-LOC-4).
 */
@Controller
@RequestMapping("/portal/locations")
class LocationPortalController {

  private final OrganizationService organizations;
  private final LocationAdministration scope;
  private final PortalMessages texts;

  LocationPortalController(OrganizationService organizations, LocationAdministration scope, PortalMessages texts) {
    this.organizations = organizations;
    this.scope = scope;
    this.texts = texts;
  }

  @GetMapping
  String list(@AuthenticationPrincipal PortalUser user, Model model) {
    LocationForm form = new LocationForm();
    OrganizationView organization = organizations.organization(user.organizationId());
    form.setCountry(organizations.location(user.organizationId(), organization.hqLocationId()).country());
    return page(user, form, model);
  }

  /** R-ROLE-4: a global admin adds anywhere, a location admin under a location they administer. */
  @PostMapping
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  String add(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") LocationForm form,
      BindingResult errors, Model model, RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      return page(user, form, model);
    }
    try {
      scope.requireLocation(user, form.getParentId());
      LocationView added = organizations.addLocation(user.organizationId(), form.toNewLocation());
      redirect.addFlashAttribute("message", texts.text("locations.added", added.name(),
          organizations.location(user.organizationId(), added.parentId()).name()));
      return "redirect:/portal/locations";
    } catch (InvalidField e) {
      PortalMessages.show(e, errors, model);
    } catch (BusinessRuleViolation e) {
      model.addAttribute("error", PortalMessages.of(e));
    }
    return page(user, form, model);
  }

  /** R-LOC-3: the location moves with its whole subtree; refusals are shown with their rule id. */
  @PostMapping("/{id}/move")
  @PreAuthorize("hasRole('GLOBAL_ADMIN')")
  String move(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id,
      @RequestParam(required = false) UUID parentId, RedirectAttributes redirect) {
    return underParent(user, id, parentId, "locations.move", redirect, () -> organizations.move(user.organizationId(), id,
        parentId), "locations.moved");
  }

  /** R-LOC-6: a dissociated location comes back under the chosen location; the benefits it lost do not. */
  @PostMapping("/{id}/readd")
  @PreAuthorize("hasRole('GLOBAL_ADMIN')")
  String readd(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id,
      @RequestParam(required = false) UUID parentId, RedirectAttributes redirect) {
    return underParent(user, id, parentId, "locations.readd", redirect, () -> organizations.readd(user.organizationId(), id,
        parentId), "locations.readded");
  }

  /** Puts a location under the chosen parent; a missing parent and refusals are shown with their rule id. */
  /** {@code action} names the texts: its .choose (no parent chosen) and .refused (with the reason). */
  private String underParent(PortalUser user, UUID id, UUID parentId, String action, RedirectAttributes redirect,
      Runnable change, String done) {
    LocationView location = organizations.location(user.organizationId(), id);
    if (parentId == null) {
      redirect.addFlashAttribute("error", texts.text(action + ".choose", location.name()));
      return "redirect:/portal/locations";
    }
    try {
      change.run();
      redirect.addFlashAttribute("message", texts.text(done, location.name(),
          organizations.location(user.organizationId(), parentId).name()));
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("error", texts.text(action + ".refused", location.name(), PortalMessages.of(e)));
    } catch (InvalidField e) {
      redirect.addFlashAttribute("error", texts.text(action + ".refused", location.name(), PortalMessages.of(e)));
    }
    return "redirect:/portal/locations";
  }

  /** R-LOC-4: what selecting a new HQ does, with the button that does it. */
  @GetMapping("/{id}/headquarters")
  @PreAuthorize("hasRole('GLOBAL_ADMIN')")
  String confirmHeadquarters(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, Model model,
      RedirectAttributes redirect) {
    LocationView location = organizations.location(user.organizationId(), id);
    if (location.hq()) {
      redirect.addFlashAttribute("message", location.name() + " is the HQ already.");
      return "redirect:/portal/locations";
    }
    OrganizationView organization = organizations.organization(user.organizationId());
    model.addAttribute("location", location);
    model.addAttribute("currentHq", organizations.location(user.organizationId(), organization.hqLocationId()));
    return "locations/headquarters";
  }

  @PostMapping("/{id}/headquarters")
  @PreAuthorize("hasRole('GLOBAL_ADMIN')")
  String makeHeadquarters(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id,
      RedirectAttributes redirect) {
    OrganizationView before = organizations.organization(user.organizationId());
    LocationView oldHq = organizations.location(user.organizationId(), before.hqLocationId());
    try {
      organizations.makeHeadquarters(user.organizationId(), id);
      redirect.addFlashAttribute("message", organizations.location(user.organizationId(), id).name()
          + " is now the HQ; " + oldHq.name() + " is a location under it. Every other location kept its place.");
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    } catch (InvalidField e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    }
    return "redirect:/portal/locations";
  }

  /** A location of another organization, or none: the portal's 404 page. */
  @ExceptionHandler(NotFound.class)
  void notFound(NotFound e, HttpServletResponse response) throws IOException {
    response.sendError(HttpStatus.NOT_FOUND.value(), e.getMessage());
  }

  private String page(PortalUser user, LocationForm form, Model model) {
    List<LocationView> locations = organizations.locations(user.organizationId());
    LocationTree tree = LocationTree.of(locations);
    List<LocationTree.Entry> active = tree.entries().stream()
        .filter(entry -> entry.location().status() == LocationStatus.ACTIVE).toList();
    List<LocationTree.Entry> parents = user.role() == Role.MEMBER ? List.of()
        : active.stream().filter(entry -> scope.administered(user).test(entry.location().id())).toList();
    if (form.getParentId() == null && !parents.isEmpty()) {
      form.setParentId(parents.get(0).location().id());
    }
    model.addAttribute("tree", tree);
    model.addAttribute("count", locations.size());
    model.addAttribute("moveTargets", active);
    model.addAttribute("parents", parents);
    model.addAttribute("canAdd", !parents.isEmpty());
    model.addAttribute("globalAdmin", user.role() == Role.GLOBAL_ADMIN);
    model.addAttribute("administers", scope.administered(user)); // R-ROLE-4: who may edit a location's details
    model.addAttribute("countries", CountryOption.ALL);
    model.addAttribute("form", form);
    return "locations/list";
  }
}
