package org.pmc.people.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Optional;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.people.internal.AssociationRequest;
import org.pmc.people.internal.AssociationRequests;
import org.pmc.people.internal.JoinForm;
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
 * Public page "Ask to join your organization" (R-PPL-3, R-PPL-8), the portal's {@code POST
 * /api/association-requests}: step 1 the partner number, step 2 the organization's name with its active locations
 * and the person's name and address. A valid request is answered "check your mail" whatever the address (R-PPL-7);
 * the link in the mail makes the person REQUESTING ({@link JoinPageController}). The lookup and the request count
 * against the API's rate limits ({@code partner-lookup}, {@code association-requests}).
 */
@Controller
@RequestMapping("/join")
class AskToJoinPageController {

  private static final String PARTNER_NUMBER = "partnerNumber";

  private final AssociationRequests requests;
  private final OrganizationService organizations;
  private final Validator validator;

  AskToJoinPageController(AssociationRequests requests, OrganizationService organizations, Validator validator) {
    this.requests = requests;
    this.organizations = organizations;
    this.validator = validator;
  }

  @GetMapping
  String start(Model model) {
    model.addAttribute("form", new JoinForm());
    return "people/ask-to-join";
  }

  /** Step 1 → 2: the partner behind the number, or the number refused next to its field. */
  @PostMapping("/partner")
  String partner(@ModelAttribute("form") JoinForm form, BindingResult errors, Model model) {
    return partnerOf(form, errors).map(organization -> details(organization, model)).orElse("people/ask-to-join");
  }

  @PostMapping
  String ask(@ModelAttribute("form") JoinForm form, BindingResult errors, Model model) {
    Optional<OrganizationView> organization = partnerOf(form, errors);
    if (organization.isEmpty()) {
      return "people/ask-to-join";
    }
    AssociationRequest request = form.toRequest();
    for (ConstraintViolation<AssociationRequest> violation : validator.validate(request)) {
      String field = violation.getPropertyPath().toString();
      if (!errors.hasFieldErrors(field)) { // a value that did not even bind has said so already
        errors.rejectValue(field, "invalid", violation.getMessage());
      }
    }
    if (!errors.hasErrors()) {
      try {
        requests.request(request);
        model.addAttribute("email", request.email());
        model.addAttribute("afterClick", "register.checkMail.join");
        return "portal/check-mail";
      } catch (InvalidField e) {
        PortalMessages.show(e, errors, model);
      }
    }
    return details(organization.get(), model);
  }

  private Optional<OrganizationView> partnerOf(JoinForm form, BindingResult errors) {
    String number = form.toRequest().partnerNumber();
    for (ConstraintViolation<AssociationRequest> violation : validator.validateValue(AssociationRequest.class,
        PARTNER_NUMBER, number)) {
      errors.rejectValue(PARTNER_NUMBER, "invalid", violation.getMessage());
      return Optional.empty();
    }
    Optional<OrganizationView> organization = organizations.byPartnerNumber(number);
    if (organization.isEmpty()) {
      errors.rejectValue(PARTNER_NUMBER, "invalid", AssociationRequests.UNKNOWN_PARTNER);
    }
    return organization;
  }

  private String details(OrganizationView organization, Model model) {
    model.addAttribute("organizationName", organization.name());
    model.addAttribute("locations", organizations.activeLocations(organization.id()));
    return "people/ask-to-join";
  }
}
