package org.pmc.ordering;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pmc.people.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** ABTK offers of an organization (R-ABTK-1..8, R-ABTK-16, R-ABTK-18). Access to {org} is checked by OrganizationAccess. */
@RestController
@RequestMapping("/api/organizations/{org}/abtk")
class AbtkController {

  private final AbtkOffers offers;

  AbtkController(AbtkOffers offers) {
    this.offers = offers;
  }

  @GetMapping("/offers")
  List<AbtkOffer> offers(@PathVariable UUID org, @RequestParam Optional<UUID> locationId,
      @AuthenticationPrincipal PortalUser user) {
    return offers.offers(org, user, locationId);
  }
}
