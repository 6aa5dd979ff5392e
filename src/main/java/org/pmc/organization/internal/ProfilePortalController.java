package org.pmc.organization.internal;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.pmc.organization.CountryOption;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.organization.PostalAddress;
import org.pmc.web.InvalidField;
import org.pmc.web.Languages;
import org.pmc.web.PortalMessages;
import org.pmc.web.PortalUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Portal page "Organization profile" for global admins: the name, billing address and VAT id its invoices show
 * (R-ABTK-19); the partner number (R-PPL-8) is shown, never edited.
 */
@Controller
@RequestMapping("/portal/organization")
@PreAuthorize("hasRole('GLOBAL_ADMIN')")
class ProfilePortalController {

  private final OrganizationService organizations;
  private final Validator validator;
  private final PortalMessages texts;

  ProfilePortalController(OrganizationService organizations, Validator validator, PortalMessages texts) {
    this.organizations = organizations;
    this.validator = validator;
    this.texts = texts;
  }

  @GetMapping
  String profile(@AuthenticationPrincipal PortalUser user, Model model) {
    OrganizationView organization = organizations.organization(user.organizationId());
    ProfileForm form = new ProfileForm();
    form.setName(organization.name());
    form.setBillingAddress(AddressFields.of(organization.billingAddress()));
    form.setVatId(organization.vatId());
    form.setLanguage(organization.language());
    return page(organization, form, model);
  }

  @PostMapping
  String save(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") ProfileForm form,
      BindingResult errors, Model model, RedirectAttributes redirect) {
    PostalAddress address = form.getBillingAddress().toAddress(validator, errors, "billingAddress");
    if (!errors.hasErrors()) {
      try {
        OrganizationView described = organizations.describe(user.organizationId(), form.getName(), address,
            form.getVatId());
        if (form.getLanguage() != null && !form.getLanguage().equals(described.language())) {
          organizations.speak(user.organizationId(), form.getLanguage());
        }
        redirect.addFlashAttribute("message", texts.text("org.profile.saved"));
        return "redirect:/portal/organization";
      } catch (InvalidField e) {
        PortalMessages.show(e, errors, model);
      }
    }
    return page(organizations.organization(user.organizationId()), form, model);
  }

  private static String page(OrganizationView organization, ProfileForm form, Model model) {
    model.addAttribute("organization", organization);
    model.addAttribute("countries", CountryOption.ALL);
    model.addAttribute("languages", Languages.SUPPORTED);
    model.addAttribute("form", form);
    return "organization/profile";
  }
}
