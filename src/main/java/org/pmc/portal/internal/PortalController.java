package org.pmc.portal.internal;

import java.util.List;
import java.util.UUID;
import org.pmc.competency.CompetencyProgress;
import org.pmc.membership.ProgramAgreements;
import org.pmc.membership.RenewalStatus;
import org.pmc.ordering.LicenseAllowances;
import org.pmc.ordering.OpenInvoices;
import org.pmc.organization.OrganizationService;
import org.pmc.people.PartnerConsents;
import org.pmc.people.PartnerQuestions;
import org.pmc.people.PartnerTasks;
import org.pmc.reference.CustomerReferenceService;
import org.pmc.requests.OpenRequests;
import org.pmc.reference.ReferenceStatus;
import org.pmc.reference.ReferencesPerMonth;
import org.pmc.web.PortalMessages;
import org.pmc.web.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The portal's front door: sign-in, and a home page that is the partner's dashboard: what waits for them, what they
 * owe, how their competencies stand, and charts of their references and licenses.
 */
@Controller
class PortalController {

  /** Competency bars shown on the home page; the planner shows every one. */
  static final int COMPETENCIES_SHOWN = 6;

  private final OrganizationService organizations;
  private final CustomerReferenceService references;
  private final PartnerTasks tasks;
  private final RenewalStatus renewals;
  private final List<PartnerQuestions> askers;
  private final List<PartnerConsents> consents;
  private final ProgramAgreements agreements;
  private final OpenInvoices invoices;
  private final LicenseAllowances licenses;
  private final CompetencyProgress competencies;
  private final OpenRequests requests;
  private final PortalMessages texts;

  PortalController(OrganizationService organizations, CustomerReferenceService references, PartnerTasks tasks,
      RenewalStatus renewals, List<PartnerQuestions> askers, List<PartnerConsents> consents,
      ProgramAgreements agreements, OpenInvoices invoices, LicenseAllowances licenses,
      CompetencyProgress competencies, OpenRequests requests, PortalMessages texts) {
    this.requests = requests;
    this.texts = texts;
    this.consents = consents;
    this.renewals = renewals;
    this.askers = askers;
    this.organizations = organizations;
    this.references = references;
    this.tasks = tasks;
    this.agreements = agreements;
    this.invoices = invoices;
    this.licenses = licenses;
    this.competencies = competencies;
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
    UUID organizationId = user.organizationId();
    model.addAttribute("organization", organizations.organization(organizationId));
    model.addAttribute("locations", organizations.locations(organizationId));
    waiting(user, model);
    model.addAttribute("awaitingCustomer", references.count(organizationId, ReferenceStatus.AWAITING_CUSTOMER));
    model.addAttribute("approved", references.count(organizationId, ReferenceStatus.APPROVED));
    model.addAttribute("renewal", renewals.renewal(organizationId)); // R-MEM-5
    model.addAttribute("requestsWaiting", requests.waitingForUs(organizationId));
    model.addAttribute("openInvoices", invoices.of(organizationId));
    model.addAttribute("progress", competencies.towardNextLevel(organizationId).stream()
        .limit(COMPETENCIES_SHOWN).toList()); // R-COMP-3, R-COMP-4: at risk first
    ReferencesPerMonth perMonth = references.perMonth(organizationId);
    model.addAttribute("referencesNone", perMonth.none());
    model.addAttribute("referencesChart", HomeCharts.references(perMonth, texts));
    model.addAttribute("licensesChart", HomeCharts.licenses(licenses.of(organizationId), texts)); // R-ABTK-17
    return "portal/home";
  }

  /** Each kind of what waits for the user, counted apart, and their sum (the Tasks page lists them all). */
  private void waiting(PortalUser user, Model model) {
    int approvals = tasks.waitingFor(user).size();
    int questions = askers.stream().mapToInt(asker -> asker.waitingFor(user).size()).sum(); // R-REV-4
    int consentRequests = consents.stream().mapToInt(asker -> asker.waitingFor(user).size()).sum(); // R-LOC-8
    model.addAttribute("tasks", approvals + questions + consentRequests);
    model.addAttribute("approvals", approvals);
    model.addAttribute("questions", questions);
    model.addAttribute("consents", consentRequests);
    model.addAttribute("agreementAwaited", agreements.awaitsAcceptance(user.organizationId())); // R-MEM-6
  }
}
