package org.pmc.organization.internal;

import java.util.Locale;
import java.util.UUID;
import org.pmc.organization.LocationTree;
import org.pmc.organization.OrganizationService;
import org.pmc.web.Paging;
import org.pmc.web.StaffPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Staff console: find an organization by name or partner number (all staff), and its locations as a tree (R-LOC-1;
 * bounded by R-LOC-10).
 */
@Controller
@StaffPage
class OrganizationStaffController {

  static final int PAGE_SIZE = 20;
  private static final int MAX_QUERY = 200;

  private final OrganizationSearch search;
  private final OrganizationService organizations;

  OrganizationStaffController(OrganizationSearch search, OrganizationService organizations) {
    this.search = search;
    this.organizations = organizations;
  }

  @GetMapping("/staff")
  String find(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
    String query = q.strip();
    if (query.length() > MAX_QUERY) {
      query = query.substring(0, MAX_QUERY);
    }
    model.addAttribute("q", query);
    if (!query.isEmpty()) {
      String pattern = "%" + query.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
          .replace("_", "\\_") + "%";
      model.addAttribute("matches", search.find(pattern, query, Paging.of(Math.max(page, 0), PAGE_SIZE)));
      // The query as an encoded parameter, never as URL text, for the pages' links.
      model.addAttribute("link", UriComponentsBuilder.fromPath("/staff").queryParam("q", "{q}").encode()
          .buildAndExpand(query).toUriString());
    }
    return "staff/search";
  }

  @GetMapping("/staff/organizations/{organizationId}/locations")
  String locations(@PathVariable UUID organizationId, Model model) {
    model.addAttribute("tree", LocationTree.of(organizations.locations(organizationId)));
    return "staff/locations";
  }
}
