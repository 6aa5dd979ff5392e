package org.pmc.competency.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pmc.competency.Competency;
import org.pmc.competency.CompetencyLevel;
import org.pmc.competency.CompetencyStatus;
import org.pmc.competency.CountingCertification;

/**
 * One line of the competency planner (api.md "The partner's overview"): what a location still needs for the next
 * level of one competency (R-COMP-3), and what expires before its renewal (R-REF-3, R-MEM-2). {@code level} and
 * {@code status} are null for a competency the location only works toward.
 */
public record PlanLine(UUID locationId, String locationName, Competency competency, String competencyName,
    CompetencyLevel level, CompetencyStatus status, CompetencyLevel target, int referencesCounted,
    int referencesRequired, int referencesMissing, int mcpsCounted, int mcpsRequired, int mcpsMissing,
    List<CountingCertification> certificationsThatCount, LocalDate renewalDate, LocalDate lapsesOn,
    List<ExpiringReference> expiringBeforeRenewal, List<Action> actions) {

  /** A counting reference that stops counting on or before the renewal date. */
  public record ExpiringReference(UUID id, String customer, LocalDate expiresOn) {}

  /** What the partner can do about the line, as a portal link. */
  public record Action(String label, String href) {}
}
