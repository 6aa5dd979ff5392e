package org.pmc.competency.internal;

import java.util.LinkedHashMap;
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
  private final CompetencyPlanner planner;
  private final OrganizationService organizations;

  CompetencyPortalController(CompetencyStanding standing, CompetencyPlanner planner,
      OrganizationService organizations) {
    this.standing = standing;
    this.planner = planner;
    this.organizations = organizations;
  }

  @GetMapping("/portal/competencies")
  String summary(@AuthenticationPrincipal PortalUser user, @RequestParam Optional<UUID> locationId, Model model) {
    List<LocationView> locations = organizations.locations(user.organizationId());
    List<CompetencySummary> rows = standing.summary(user.organizationId(), locationId);
    model.addAttribute("rows", rows);
    model.addAttribute("behind", planner.behind(user.organizationId(), locationId)); // R-COMP-3: what counts
    model.addAttribute("locations", locations);
    model.addAttribute("locationNames", locations.stream()
        .collect(Collectors.toMap(LocationView::id, LocationView::name)));
    model.addAttribute("selectedLocation", locationId.orElse(null));
    model.addAttribute("atRisk", rows.stream().filter(CompetencySummary::atRisk).count());
    model.addAttribute("due", rows.stream().filter(CompetencySummary::dueForRenewal).count());
    return "competency/summary";
  }

  /** The competency planner: per location, what each competency's next level still needs (R-COMP-3, R-REF-3). */
  @GetMapping("/portal/competencies/plan")
  String plan(@AuthenticationPrincipal PortalUser user, @RequestParam Optional<UUID> locationId, Model model) {
    List<PlanLine> lines = planner.plan(user.organizationId(), locationId);
    model.addAttribute("locations", organizations.locations(user.organizationId()));
    model.addAttribute("selectedLocation", locationId.orElse(null));
    model.addAttribute("byLocation", lines.stream().collect(Collectors.groupingBy(PlanLine::locationId,
        LinkedHashMap::new, Collectors.toList())));
    model.addAttribute("lapsing", lines.stream().filter(line -> line.lapsesOn() != null).count());
    return "competency/plan";
  }
}
