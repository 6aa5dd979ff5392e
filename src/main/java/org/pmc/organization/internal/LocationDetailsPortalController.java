package org.pmc.organization.internal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.UUID;
import org.pmc.organization.CountryOption;
import org.pmc.organization.LocationAdministration;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.PostalAddress;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.InvalidField;
import org.pmc.web.NotFound;
import org.pmc.web.PortalMessages;
import org.pmc.web.PortalUser;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Manage Locations, one location's details: its name and the postal address its shipments go to (R-ABTK-20), for
 * whoever administers it (R-ROLE-4).
 */
@Controller
@RequestMapping("/portal/locations/{id}/details")
@PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
class LocationDetailsPortalController {

  private final OrganizationService organizations;
  private final LocationAdministration scope;
  private final Validator validator;
  private final PortalMessages texts;

  LocationDetailsPortalController(OrganizationService organizations, LocationAdministration scope,
      Validator validator, PortalMessages texts) {
    this.texts = texts;
    this.organizations = organizations;
    this.scope = scope;
    this.validator = validator;
  }

  @GetMapping
  String details(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, Model model) {
    LocationView location = administered(user, id);
    LocationDetailsForm form = new LocationDetailsForm();
    form.setName(location.name());
    form.setAddress(AddressFields.of(location.address()));
    return page(location, form, model);
  }

  @PostMapping
  String save(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id,
      @Valid @ModelAttribute("form") LocationDetailsForm form, BindingResult errors, Model model,
      RedirectAttributes redirect) {
    LocationView location = administered(user, id);
    PostalAddress address = form.getAddress().toAddress(validator, errors, "address");
    if (!errors.hasErrors()) {
      try {
        LocationView saved = organizations.describeLocation(user.organizationId(), id, form.getName(), address);
        redirect.addFlashAttribute("message", texts.text(saved.address() == null ? "locations.savedNoAddress"
            : "locations.saved", saved.name()));
        return "redirect:/portal/locations";
      } catch (InvalidField e) {
        PortalMessages.show(e, errors, model);
      } catch (BusinessRuleViolation e) {
        model.addAttribute("error", PortalMessages.of(e));
      }
    }
    return page(location, form, model);
  }

  /** A location of another organization, or none: the portal's 404 page. */
  @ExceptionHandler(NotFound.class)
  void notFound(NotFound e, HttpServletResponse response) throws IOException {
    response.sendError(HttpStatus.NOT_FOUND.value(), e.getMessage());
  }

  private LocationView administered(PortalUser user, UUID id) {
    LocationView location = organizations.location(user.organizationId(), id);
    scope.requireLocation(user, id);
    return location;
  }

  private static String page(LocationView location, LocationDetailsForm form, Model model) {
    model.addAttribute("location", location);
    model.addAttribute("countries", CountryOption.ALL);
    model.addAttribute("form", form);
    return "locations/details";
  }
}
