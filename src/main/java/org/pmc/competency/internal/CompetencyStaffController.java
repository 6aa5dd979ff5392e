package org.pmc.competency.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pmc.competency.Competency;
import org.pmc.competency.CompetencyLevel;
import org.pmc.competency.CompetencyStanding;
import org.pmc.competency.CompetencyStatus;
import org.pmc.competency.CompetencySummary;
import org.pmc.organization.LocationTree;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.web.Paging;
import org.pmc.web.StaffForm;
import org.pmc.web.StaffPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff console, Competencies (RSC): each location's competencies with their evidence (R-COMP-4), 20 a page
 * (bounded by R-LOC-10); the RSC sets a competency for a location (R-COMP-2).
 */
@Controller
@StaffPage
class CompetencyStaffController {

  private static final int PAGE_SIZE = 20;

  private final CompetencyStanding standing;
  private final StaffCompetencyDecisions decisions;
  private final OrganizationService organizations;

  CompetencyStaffController(CompetencyStanding standing, StaffCompetencyDecisions decisions,
      OrganizationService organizations) {
    this.standing = standing;
    this.decisions = decisions;
    this.organizations = organizations;
  }

  @GetMapping("/staff/organizations/{organizationId}/competencies")
  String list(@PathVariable UUID organizationId, @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("competencies", Paging.slice(standing.summary(organizationId, Optional.empty()),
        Paging.of(Math.max(page, 0), PAGE_SIZE)));
    List<LocationView> locations = organizations.activeLocations(organizationId);
    model.addAttribute("locationNames", organizations.locations(organizationId).stream()
        .collect(Collectors.toMap(LocationView::id, LocationView::name)));
    model.addAttribute("locations", LocationTree.of(locations).entries());
    model.addAttribute("catalog", Competency.values());
    model.addAttribute("levels", CompetencyLevel.values());
    model.addAttribute("statuses", CompetencyStatus.values());
    return "staff/competencies";
  }

  @PostMapping("/staff/organizations/{organizationId}/competencies")
  String set(@PathVariable UUID organizationId, @RequestParam(required = false) UUID locationId,
      @RequestParam(required = false) String competency, @RequestParam(required = false) String level,
      @RequestParam(required = false) String status, RedirectAttributes redirect) {
    return StaffForm.submit(redirect, "/staff/organizations/" + organizationId + "/competencies", () -> {
      CompetencySummary set = decisions.set(organizationId, StaffForm.required("locationId", locationId),
          StaffForm.required("competency", StaffForm.choice(Competency.class, "competency", competency)),
          StaffForm.required("level", StaffForm.choice(CompetencyLevel.class, "level", level)),
          StaffForm.required("status", StaffForm.choice(CompetencyStatus.class, "status", status)));
      return set.competency().title() + " set to " + set.level() + " " + set.status() + ".";
    });
  }
}
