package org.pmc.competency;

import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public competency catalog (R-COMP-1) with the requirements of each level (R-COMP-3). */
@RestController
class CompetencyController {

  private final CompetencyRequirements requirements;

  CompetencyController(CompetencyRequirements requirements) {
    this.requirements = requirements;
  }

  @GetMapping("/api/competencies")
  List<CatalogEntry> catalog() {
    return Arrays.stream(Competency.values())
        .map(c -> new CatalogEntry(c, c.title(), c.center().title(), requirements.all()))
        .toList();
  }

  record CatalogEntry(Competency code, String name, String centerOfExcellence, List<Requirement> requirements) {}
}
