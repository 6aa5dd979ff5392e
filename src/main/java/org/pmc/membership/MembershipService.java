package org.pmc.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pmc.membership.internal.LevelBenefits;
import org.pmc.membership.internal.LicenseStatement;
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

  /** R-MEM-2: the benefits of the organization's current level (listed per location as MEMBERSHIP benefits). */
  @Transactional(readOnly = true)
  public List<Benefit> levelBenefits(UUID organizationId) {
    return benefits.byLevel().get(organizations.organization(organizationId).membershipLevel());
  }
}
