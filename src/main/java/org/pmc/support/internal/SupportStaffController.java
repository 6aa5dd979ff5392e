package org.pmc.support.internal;

import java.security.Principal;
import java.util.UUID;
import org.pmc.web.Paging;
import org.pmc.web.StaffForm;
import org.pmc.web.StaffPage;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff console, Tickets (RSC and support): the organization's tickets, newest first, with channel and status, and
 * its named contact for RTC and concierge tickets, which the RSC assign here (R-SUP-5, the service of
 * {@code PUT /api/admin/organizations/{org}/named-contact}).
 */
@Controller
@StaffPage
class SupportStaffController {

  private static final int PAGE_SIZE = 20;

  private final SupportService support;
  private final NamedContactService namedContacts;

  SupportStaffController(SupportService support, NamedContactService namedContacts) {
    this.support = support;
    this.namedContacts = namedContacts;
  }

  @GetMapping("/staff/organizations/{organizationId}/tickets")
  String list(@PathVariable UUID organizationId, @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("tickets", support.list(organizationId,
        Paging.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "createdAt", "id"))));
    model.addAttribute("namedContact", namedContacts.current(organizationId).orElse(null));
    model.addAttribute("contactCandidates", namedContacts.candidates());
    return "staff/tickets";
  }

  @PostMapping("/staff/organizations/{organizationId}/tickets/named-contact")
  String assignNamedContact(@PathVariable UUID organizationId, @RequestParam(required = false) String userId,
      Principal staff, RedirectAttributes redirect) {
    return StaffForm.submit(redirect, "/staff/organizations/" + organizationId + "/tickets",
        () -> "Named contact is now " + namedContacts.assign(organizationId, userId, staff.getName()).name() + ".");
  }
}
