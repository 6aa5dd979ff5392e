package org.pmc.competency.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pmc.competency.Competency;
import org.pmc.competency.CompetencyLevel;
import org.pmc.competency.CompetencyStanding;
import org.pmc.competency.CompetencyStatus;
import org.pmc.competency.CompetencySummary;
import org.pmc.web.Paging;
import org.pmc.web.PublicOperation;
import org.pmc.web.RefusedBy;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public competency catalog (R-COMP-1, R-COMP-3), an organization's competency summary, staff decisions. */
@RestController
class CompetencyController {

  private final CompetencyRequirements requirements;
  private final CompetencyStanding standing;
  private final CompetencyPlanner planner;

  CompetencyController(CompetencyRequirements requirements, CompetencyStanding standing, CompetencyPlanner planner) {
    this.requirements = requirements;
    this.standing = standing;
    this.planner = planner;
  }

  @Operation(summary = "List the competency catalog")
  @PublicOperation
  @GetMapping("/api/competencies")
  List<CatalogEntry> catalog() {
    return Arrays.stream(Competency.values())
        .map(c -> new CatalogEntry(c, c.title(), c.center().title(), requirements.all()))
        .toList();
  }

  /** R-COMP-4: the competency summary, per location or for all; in danger first. */
  @Operation(summary = "Show the organization's competency standing")
  @GetMapping("/api/organizations/{org}/competencies")
  ResponseEntity<List<CompetencySummary>> summary(@PathVariable UUID org, @RequestParam Optional<UUID> locationId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
    return Paging.response(Paging.slice(standing.summary(org, locationId), Paging.of(page, size)));
  }

  /**
   * R-COMP-3, R-REF-3: the competency planner, per location or for all: the next level of each competency, what
   * is missing for it, and what expires before the renewal. Read like the summary: by anyone of the organization.
   */
  @Operation(summary = "Plan the next competency levels: what is missing and what expires before renewal")
  @GetMapping("/api/organizations/{org}/competency-plan")
  ResponseEntity<List<PlanLine>> plan(@PathVariable UUID org, @RequestParam Optional<UUID> locationId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
    return Paging.response(Paging.slice(planner.plan(org, locationId), Paging.of(page, size)));
  }

  /** R-COMP-2: program staff set a competency or pre-approve it. */
  @Operation(summary = "Set or pre-approve a location's competency (staff)")
  @RefusedBy("R-COMP-2")
  @PutMapping("/api/admin/locations/{loc}/competencies/{competency}")
  CompetencySummary setByStaff(@PathVariable UUID loc, @PathVariable Competency competency,
      @Valid @RequestBody StaffDecision decision) {
    return standing.setByStaff(loc, competency, decision.level(), decision.status());
  }

  record StaffDecision(@NotNull CompetencyLevel level, @NotNull CompetencyStatus status) {}

  record CatalogEntry(Competency code, String name, String centerOfExcellence, List<Requirement> requirements) {}
}
