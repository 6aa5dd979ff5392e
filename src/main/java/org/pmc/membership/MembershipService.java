package org.pmc.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.pmc.organization.OrganizationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The membership capability's license statement (R-MEM-2, R-SW-3). The level and the anniversary
 * themselves belong to the organization; they are read, and changed, through OrganizationService.
 */
@Service
public class MembershipService {

  private final OrganizationService organizations;
  private final LevelBenefits benefits;
  private final Clock clock;

  MembershipService(OrganizationService organizations, LevelBenefits benefits, Clock clock) {
    this.organizations = organizations;
    this.benefits = benefits;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public LicenseStatement licenseStatement(UUID organizationId) {
    return LicenseStatement.of(organizations.organization(organizationId), benefits.byLevel(),
        LocalDate.now(clock));
  }
}
