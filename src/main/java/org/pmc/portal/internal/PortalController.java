package org.pmc.portal.internal;

import java.util.List;
import org.pmc.membership.RenewalStatus;
import org.pmc.organization.OrganizationService;
import org.pmc.people.PartnerConsents;
import org.pmc.people.PartnerQuestions;
import org.pmc.people.PartnerTasks;
import org.pmc.reference.CustomerReferenceService;
import org.pmc.reference.ReferenceStatus;
import org.pmc.web.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's front door: sign-in, and a home page with the organization and what waits. */
@Controller
class PortalController {

  private final OrganizationService organizations;
  private final CustomerReferenceService references;
  private final PartnerTasks tasks;
  private final RenewalStatus renewals;
  private final List<PartnerQuestions> askers;
  private final List<PartnerConsents> consents;

  PortalController(OrganizationService organizations, CustomerReferenceService references, PartnerTasks tasks,
      RenewalStatus renewals, List<PartnerQuestions> askers, List<PartnerConsents> consents) {
    this.consents = consents;
    this.renewals = renewals;
    this.askers = askers;
    this.organizations = organizations;
    this.references = references;
    this.tasks = tasks;
  }

  @GetMapping("/")
  String root() {
    return "redirect:/portal";
  }

  @GetMapping("/portal/login")
  String login() {
    return "portal/login";
  }

  @GetMapping("/portal")
  String home(@AuthenticationPrincipal PortalUser user, Model model) {
    model.addAttribute("organization", organizations.organization(user.organizationId()));
    model.addAttribute("locations", organizations.locations(user.organizationId()));
    model.addAttribute("awaitingCustomer", references.count(user.organizationId(), ReferenceStatus.AWAITING_CUSTOMER));
    model.addAttribute("approved", references.count(user.organizationId(), ReferenceStatus.APPROVED));
    model.addAttribute("tasks", tasks.waitingFor(user).size()
        + askers.stream().mapToInt(asker -> asker.waitingFor(user).size()).sum() // R-REV-4: the RSC's questions
        + consents.stream().mapToInt(asker -> asker.waitingFor(user).size()).sum()); // R-LOC-8: merge consents
    model.addAttribute("renewal", renewals.renewal(user.organizationId())); // R-MEM-5
    return "portal/home";
  }
}
