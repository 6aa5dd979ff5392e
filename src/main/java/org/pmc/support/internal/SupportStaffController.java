package org.pmc.support.internal;

import java.util.UUID;
import org.pmc.web.Paging;
import org.pmc.web.StaffPage;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff console, Tickets (RSC and support): the organization's tickets, newest first, with channel and status. */
@Controller
@StaffPage
class SupportStaffController {

  private static final int PAGE_SIZE = 20;

  private final SupportService support;

  SupportStaffController(SupportService support) {
    this.support = support;
  }

  @GetMapping("/staff/organizations/{organizationId}/tickets")
  String list(@PathVariable UUID organizationId, @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("tickets", support.list(organizationId,
        Paging.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "createdAt", "id"))));
    return "staff/tickets";
  }
}
