package org.pmc.ordering.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pmc.organization.LocationStatus;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.web.NotFound;
import org.pmc.web.Paging;
import org.pmc.web.PortalMessages;
import org.pmc.web.PortalUser;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Portal page "Benefits" of Orders & Benefits: what each location holds, by source (MEMBERSHIP, COMPETENCY, ABTK),
 * with quantity and expiry (R-MEM-2, R-ABTK-10), filtered by location, paged, and exported as CSV.
 */
@Controller
@RequestMapping("/portal")
class BenefitsPortalController {

  private static final int PAGE_SIZE = 25;
  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final LocationBenefits benefits;
  private final OrganizationService organizations;
  private final PortalMessages texts;

  BenefitsPortalController(LocationBenefits benefits, OrganizationService organizations, PortalMessages texts) {
    this.texts = texts;
    this.benefits = benefits;
    this.organizations = organizations;
  }

  @GetMapping("/benefits")
  String benefits(@AuthenticationPrincipal PortalUser user, @RequestParam Optional<UUID> locationId,
      @RequestParam(defaultValue = "0") int page, Model model) {
    UUID organizationId = user.organizationId();
    model.addAttribute("locations", organizations.locations(organizationId).stream()
        .filter(location -> location.status() == LocationStatus.ACTIVE).toList());
    model.addAttribute("selectedLocation", locationId.orElse(null));
    model.addAttribute("locationNames", locationNames(organizationId));
    try {
      model.addAttribute("benefits", benefits.benefits(organizationId, locationId,
          Paging.of(Math.max(page, 0), PAGE_SIZE)));
    } catch (NotFound e) {
      model.addAttribute("benefits", Page.empty());
      model.addAttribute("error", texts.text("benefits.noSuchLocation"));
    }
    return "ordering/benefits";
  }

  /** Every benefit of the filter, not one page: the partner's spreadsheet. Another organization's location is 404. */
  @GetMapping("/benefits.csv")
  ResponseEntity<byte[]> export(@AuthenticationPrincipal PortalUser user, @RequestParam Optional<UUID> locationId) {
    return ResponseEntity.ok().contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("benefits.csv").build()
            .toString())
        .body(BenefitsCsv.write(benefits.all(user.organizationId(), locationId),
            locationNames(user.organizationId())));
  }

  private Map<UUID, String> locationNames(UUID organizationId) {
    return organizations.locations(organizationId).stream()
        .collect(Collectors.toMap(LocationView::id, LocationView::name));
  }
}
