package org.pmc.competency.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pmc.competency.CompetencyStanding;
import org.pmc.competency.CompetencySummary;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.web.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Manage Competencies": the competency summary per location or for all, in danger first (R-COMP-4). */
@Controller
class CompetencyPortalController {

  private final CompetencyStanding standing;
  private final OrganizationService organizations;

  CompetencyPortalController(CompetencyStanding standing, OrganizationService organizations) {
    this.standing = standing;
    this.organizations = organizations;
  }

  @GetMapping("/portal/competencies")
  String summary(@AuthenticationPrincipal PortalUser user, @RequestParam Optional<UUID> locationId, Model model) {
    List<LocationView> locations = organizations.locations(user.organizationId());
    List<CompetencySummary> rows = standing.summary(user.organizationId(), locationId);
    model.addAttribute("rows", rows);
    model.addAttribute("locations", locations);
    model.addAttribute("locationNames", locations.stream()
        .collect(Collectors.toMap(LocationView::id, LocationView::name)));
    model.addAttribute("selectedLocation", locationId.orElse(null));
    model.addAttribute("atRisk", rows.stream().filter(CompetencySummary::atRisk).count());
    model.addAttribute("due", rows.stream().filter(CompetencySummary::dueForRenewal).count());
    return "competency/summary";
  }
}
