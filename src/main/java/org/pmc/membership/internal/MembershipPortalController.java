package org.pmc.membership.internal;

import java.util.Map;
import java.util.UUID;
import org.pmc.membership.MembershipService;
import org.pmc.membership.RenewalStatus;
import org.pmc.organization.LocationStatus;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.ForbiddenByRule;
import org.pmc.web.InvalidField;
import org.pmc.web.NotFound;
import org.pmc.web.PortalMessages;
import org.pmc.web.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Portal pages "View License Keys" (license statement and product keys) and "Software Download"
 * (R-MEM-2, R-SW-1..3). A missing privilege is explained on the page, naming it, instead of an error page.
 */
@Controller
@RequestMapping("/portal")
class MembershipPortalController {

  private final MembershipService membership;
  private final SoftwareService software;
  private final OrganizationService organizations;
  private final RenewalStatus renewals;
  private final PortalMessages texts;

  MembershipPortalController(MembershipService membership, SoftwareService software,
      OrganizationService organizations, RenewalStatus renewals, PortalMessages texts) {
    this.texts = texts;
    this.renewals = renewals;
    this.membership = membership;
    this.software = software;
    this.organizations = organizations;
  }

  @GetMapping("/licenses")
  String licenses(@AuthenticationPrincipal PortalUser user, Model model) {
    model.addAttribute("organization", organizations.organization(user.organizationId()));
    model.addAttribute("statement", membership.licenseStatement(user.organizationId()));
    model.addAttribute("renewal", renewals.renewal(user.organizationId())); // R-MEM-5
    model.addAttribute("fees", Map.of("actionPack", LicenseStatement.ACTION_PACK_FEE_USD,
        "silver", LicenseStatement.SILVER_FEE_USD, "gold", LicenseStatement.GOLD_FEE_USD));
    boolean mayViewKeys = software.mayViewProductKeys(user.individualId());
    model.addAttribute("mayViewKeys", mayViewKeys);
    if (mayViewKeys) {
      model.addAttribute("productKeys", software.productKeys(user.organizationId(), user.individualId(), null));
    }
    return "membership/licenses";
  }

  @GetMapping("/software")
  String software(@AuthenticationPrincipal PortalUser user, @ModelAttribute("filter") SoftwareFilter filter,
      Model model) {
    model.addAttribute("locations", organizations.locations(user.organizationId()).stream()
        .filter(location -> location.status() == LocationStatus.ACTIVE).toList());
    model.addAttribute("categories", software.categories());
    try {
      model.addAttribute("catalog", software.software(user.organizationId(), user.individualId(), filter));
    } catch (ForbiddenByRule e) { // R-SW-1
      model.addAttribute("missingPrivilege", filter.locationId() == null ? texts.text("software.privilege.anywhere")
          : texts.text("software.privilege.at", organizations.locations(user.organizationId()).stream()
              .filter(location -> location.id().equals(filter.locationId())).map(LocationView::name).findFirst()
              .orElse("")));
    } catch (InvalidField e) {
      model.addAttribute("error", texts.text("software.noSuchLocation"));
    }
    return "membership/software";
  }

  /** The download button: checks again, then sends the browser to the download. */
  @GetMapping("/software/{productId}/download")
  String download(@AuthenticationPrincipal PortalUser user, @PathVariable UUID productId,
      @RequestParam(required = false) UUID locationId, RedirectAttributes redirect) {
    try {
      return "redirect:" + software.download(user.organizationId(), user.individualId(), productId, locationId).url();
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    } catch (InvalidField | NotFound e) {
      redirect.addFlashAttribute("error", texts.text("software.noSuchProduct"));
    }
    return "redirect:/portal/software";
  }
}
