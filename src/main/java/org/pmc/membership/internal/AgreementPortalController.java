package org.pmc.membership.internal;

import org.pmc.membership.ProgramAgreements;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.InvalidField;
import org.pmc.web.PortalMessages;
import org.pmc.web.PortalUser;
import org.pmc.web.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Portal page "Program agreement" (R-MEM-6): the current text, whether the organization accepted it, every
 * acceptance (version, who, when), and Accept for a global admin. A refusal shows its rule on the page.
 */
@Controller
@RequestMapping("/portal/agreement")
class AgreementPortalController {

  private final ProgramAgreements agreements;
  private final PortalMessages texts;

  AgreementPortalController(ProgramAgreements agreements, PortalMessages texts) {
    this.agreements = agreements;
    this.texts = texts;
  }

  @GetMapping
  String agreement(@AuthenticationPrincipal PortalUser user, Model model) {
    model.addAttribute("agreement", agreements.current());
    model.addAttribute("awaitsAcceptance", agreements.awaitsAcceptance(user.organizationId()));
    model.addAttribute("acceptances", agreements.acceptances(user.organizationId()));
    model.addAttribute("mayAccept", user.role() == Role.GLOBAL_ADMIN);
    return "membership/agreement";
  }

  @PostMapping("/accept")
  String accept(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "") String version,
      RedirectAttributes redirect) {
    try {
      agreements.accept(user.organizationId(), user, version);
      redirect.addFlashAttribute("message", texts.text("agreement.acceptedNow", version.strip()));
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    } catch (InvalidField e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    }
    return "redirect:/portal/agreement";
  }
}
