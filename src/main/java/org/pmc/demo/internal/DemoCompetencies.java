package org.pmc.demo.internal;

import java.util.Optional;
import java.util.UUID;
import org.pmc.competency.Competency;
import org.pmc.competency.CompetencyLevel;
import org.pmc.competency.CompetencyStanding;
import org.pmc.competency.CompetencyStatus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Competencies program staff set (R-COMP-2): Seattle's silver Cloud Platform as earned, which is at risk
 * (R-COMP-4) while Seattle has one approved reference and one MCP of the three and two silver needs (R-COMP-3),
 * and Berlin's silver Cloud Productivity pre-approved. The HQ's silver Messaging needs nothing here: its references
 * and MCPs earn it. Each is set only while it has no level yet (evidence alone makes a pending row).
 */
@Component
@ConditionalOnProperty(name = "pmc.demo-data", havingValue = "true")
class DemoCompetencies {

  private final CompetencyStanding standing;

  DemoCompetencies(CompetencyStanding standing) {
    this.standing = standing;
  }

  /** The number of competencies set (none when they were set before). */
  int set(DemoPartner contoso) {
    return set(contoso, contoso.location("Seattle"), Competency.CLOUD_PLATFORM, CompetencyStatus.ACTIVE_EARNED)
        + set(contoso, contoso.location("Berlin"), Competency.CLOUD_PRODUCTIVITY, CompetencyStatus.ACTIVE_PRE_APPROVED);
  }

  private int set(DemoPartner contoso, UUID locationId, Competency competency, CompetencyStatus status) {
    boolean held = standing.summary(contoso.organizationId(), Optional.of(locationId)).stream()
        .anyMatch(summary -> summary.competency() == competency && summary.level() != null);
    if (held) {
      return 0;
    }
    standing.setByStaff(locationId, competency, CompetencyLevel.SILVER, status);
    return 1;
  }
}
