package org.pmc.reference.internal;

import java.util.UUID;
import org.pmc.reference.CustomerReferenceService;
import org.pmc.web.Paging;
import org.pmc.web.StaffPage;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff console, References (RSC): every customer reference of the organization, newest first (R-REF-6). */
@Controller
@StaffPage
class ReferenceStaffController {

  private static final int PAGE_SIZE = 20;

  private final CustomerReferenceService references;

  ReferenceStaffController(CustomerReferenceService references) {
    this.references = references;
  }

  @GetMapping("/staff/organizations/{organizationId}/references")
  String list(@PathVariable UUID organizationId, @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("references", references.list(organizationId, new ReferenceFilter(null, null, null),
        Paging.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "createdAt", "id"))));
    return "staff/references";
  }
}
