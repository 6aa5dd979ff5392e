package org.pmc.people.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.pmc.organization.CountryOption;
import org.pmc.people.RegisterOrganization;
import org.pmc.people.Registrations;
import org.pmc.people.internal.ConfirmationPageController;
import org.pmc.people.internal.RegistrationForm;
import org.pmc.web.InvalidField;
import org.pmc.web.PortalMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Public portal page "Register your organization": the same registration as {@code POST /api/organizations},
 * through the same service and the same bean validation (including the password rule), with each problem
 * shown next to its field. A valid form is answered "check your mail" whatever the address (R-PPL-7): the link
 * in the mail creates the organization ({@link ConfirmationPageController}).
 */
@Controller
@RequestMapping("/portal/register")
class RegistrationPortalController {

  private static final String ADMIN = "admin.";

  private final Registrations registrations;
  private final Validator validator;

  RegistrationPortalController(Registrations registrations, Validator validator) {
    this.registrations = registrations;
    this.validator = validator;
  }

  @GetMapping
  String form(Model model) {
    return page(new RegistrationForm(), model);
  }

  @PostMapping
  String register(@ModelAttribute("form") RegistrationForm form, BindingResult errors, Model model) {
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
      registrations.request(command);
      model.addAttribute("email", form.getEmail().trim());
      model.addAttribute("afterClick", "register.checkMail.organization");
      return "portal/check-mail";
    } catch (InvalidField e) {
      PortalMessages.show(e, errors, model);
    }
    return page(form, model);
  }

  private static String page(RegistrationForm form, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("countries", CountryOption.ALL);
    return "portal/register";
  }
}
