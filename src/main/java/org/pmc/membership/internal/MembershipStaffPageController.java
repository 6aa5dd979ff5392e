package org.pmc.membership.internal;

import java.util.UUID;
import org.pmc.membership.RenewalStatus;
import org.pmc.organization.MembershipLevel;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.web.StaffForm;
import org.pmc.web.StaffPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff console, the organization's first page (every staff group): profile and membership: level, anniversary,
 * where the renewal stands (R-MEM-5), partner number, billing and HQ addresses, VAT id. The RSC sets the level and
 * extends the anniversary here (R-MEM-1, R-MEM-4), with the service of {@code PUT /api/admin/…/membership}.
 */
@Controller
@StaffPage
class MembershipStaffPageController {

  private final OrganizationService organizations;
  private final RenewalStatus renewals;

  MembershipStaffPageController(OrganizationService organizations, RenewalStatus renewals) {
    this.organizations = organizations;
    this.renewals = renewals;
  }

  @GetMapping("/staff/organizations/{organizationId}")
  String profile(@PathVariable UUID organizationId, @ModelAttribute("organization") OrganizationView organization,
      Model model) {
    model.addAttribute("hq", organizations.location(organizationId, organization.hqLocationId()));
    model.addAttribute("renewal", renewals.renewal(organizationId));
    model.addAttribute("levels", MembershipLevel.values());
    return "staff/profile";
  }

  @PostMapping("/staff/organizations/{organizationId}/membership")
  String changeMembership(@PathVariable UUID organizationId, @RequestParam(required = false) String level,
      @RequestParam(required = false) String anniversaryDate, RedirectAttributes redirect) {
    return StaffForm.submit(redirect, "/staff/organizations/" + organizationId, () -> {
      OrganizationView changed = organizations.changeMembership(organizationId,
          StaffForm.choice(MembershipLevel.class, "level", level), StaffForm.date("anniversaryDate", anniversaryDate));
      return "Membership saved: " + changed.membershipLevel() + ", anniversary " + changed.anniversaryDate() + ".";
    });
  }
}
