package org.pmc.competency.internal;

import java.time.Clock;
import org.pmc.competency.EvidenceChanged;
import org.pmc.competency.internal.LocationCompetencies;
import org.pmc.organization.LocationDissociated;
import org.pmc.organization.OrganizationsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Competencies follow their locations through an RSC-approved change, in its transaction. The organization's
 * competencies are re-evaluated afterwards by whoever carried the change out (EvidenceChanged).
 */
@Component
class LocationCompetencyMoves {

  private final LocationCompetencies competencies;
  private final Clock clock;

  LocationCompetencyMoves(LocationCompetencies competencies, Clock clock) {
    this.competencies = competencies;
    this.clock = clock;
  }

  /** R-LOC-5: the dissociated location's competencies lapse. */
  @EventListener
  void dissociated(LocationDissociated dissociated) {
    competencies.lapseAt(dissociated.locationId(), clock.instant());
  }

  /** R-LOC-7: the merged organization's competencies stay with their locations, now of this organization. */
  @EventListener
  void merged(OrganizationsMerged merged) {
    competencies.moveTo(merged.organizationId(), merged.mergedOrganizationId());
  }
}
