package org.pmc.organization;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.InvalidField;
import org.pmc.web.PortalMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Public portal page "Register your organization": the same registration as {@code POST /api/organizations},
 * through the same service and the same bean validation (including the password rule), with each problem
 * shown next to its field and a refused rule (R-PPL-5, an address already taken) with its id. On success the
 * new global admin signs in on the login page.
 */
@Controller
@RequestMapping("/portal/register")
class RegistrationPortalController {

  private static final String ADMIN = "admin.";

  private final OrganizationService organizations;
  private final Validator validator;

  RegistrationPortalController(OrganizationService organizations, Validator validator) {
    this.organizations = organizations;
    this.validator = validator;
  }

  @GetMapping
  String form(Model model) {
    return page(new RegistrationForm(), model);
  }

  @PostMapping
  String register(@ModelAttribute("form") RegistrationForm form, BindingResult errors, Model model,
      RedirectAttributes redirect) {
    RegisterOrganization command = form.toCommand();
    for (ConstraintViolation<RegisterOrganization> violation : validator.validate(command)) {
      // The command nests the admin; the form is flat: "admin.email" is the form's "email".
      String path = violation.getPropertyPath().toString();
      errors.rejectValue(path.startsWith(ADMIN) ? path.substring(ADMIN.length()) : path, "invalid",
          violation.getMessage());
    }
    if (errors.hasErrors()) {
      return page(form, model);
    }
    try {
      OrganizationView registered = organizations.register(command);
      redirect.addFlashAttribute("registered", registered.name());
      redirect.addFlashAttribute("registeredEmail", form.getEmail());
      return "redirect:/portal/login";
    } catch (InvalidField e) {
      PortalMessages.show(e, errors, model);
    } catch (BusinessRuleViolation e) {
      model.addAttribute("error", PortalMessages.of(e));
    }
    return page(form, model);
  }

  private static String page(RegistrationForm form, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("countries", CountryOption.ALL);
    return "portal/register";
  }
}
