package org.pmc.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.competency.Competency;
import org.pmc.competency.CompetencyLevel;
import org.pmc.competency.CompetencyStatus;
import org.pmc.competency.CompetencySummary;
import org.pmc.ordering.internal.EligibilityInputs;
import org.pmc.organization.LocationStatus;
import org.pmc.organization.LocationView;
import org.pmc.organization.MembershipLevel;
import org.pmc.organization.OrganizationView;

/** The facts the ABTK decision reads, worked out without Spring. */
class EligibilityInputsTest {

  static final LocalDate ANNIVERSARY = LocalDate.of(2027, 6, 1);

  final UUID hq = UUID.randomUUID();
  final UUID branch = UUID.randomUUID();
  final UUID sub = UUID.randomUUID();
  final UUID orphan = UUID.randomUUID();
  final UUID gone = UUID.randomUUID();
  final OrganizationView organization = new OrganizationView(UUID.randomUUID(), "Partner", hq,
      MembershipLevel.SILVER, ANNIVERSARY, ANNIVERSARY.minusDays(90), "1234567", null, null, "en");
  final List<LocationView> locations = List.of(
      location(hq, null, LocationStatus.ACTIVE),
      location(branch, hq, LocationStatus.ACTIVE),
      location(sub, branch, LocationStatus.ACTIVE),
      location(orphan, UUID.randomUUID(), LocationStatus.ACTIVE),
      location(gone, hq, LocationStatus.DISSOCIATED));

  @Test
  @DisplayName("R-ABTK-6, R-MEM-3: inside the re-enrollment window from its first day up to the day before the anniversary")
  void reenrollmentWindow() {
    assertThat(inputsOn(ANNIVERSARY.minusDays(91)).inReenrollmentWindow()).isFalse();
    assertThat(inputsOn(ANNIVERSARY.minusDays(90)).inReenrollmentWindow()).isTrue();
    assertThat(inputsOn(ANNIVERSARY.minusDays(1)).inReenrollmentWindow()).isTrue();
    assertThat(inputsOn(ANNIVERSARY).inReenrollmentWindow()).isFalse();
  }

  @Test
  @DisplayName("R-ABTK-16: linked when the chain of parents reaches the HQ and the location is active")
  void linkedToHeadquarters() {
    assertThat(EligibilityInputs.linkedToHeadquarters(organization, locations, sub)).isTrue();
    assertThat(EligibilityInputs.linkedToHeadquarters(organization, locations, branch)).isTrue();
    assertThat(EligibilityInputs.linkedToHeadquarters(organization, locations, orphan)).isFalse();
    assertThat(EligibilityInputs.linkedToHeadquarters(organization, locations, gone)).isFalse();
  }

  @Test
  @DisplayName("R-ABTK-16, R-ABTK-4: the best active level counts only the location's own active competencies")
  void bestActiveLevel() {
    List<CompetencySummary> held = List.of(
        competency(branch, CompetencyLevel.SILVER, CompetencyStatus.ACTIVE_PRE_APPROVED),
        competency(branch, CompetencyLevel.GOLD, CompetencyStatus.LAPSED),
        competency(sub, CompetencyLevel.GOLD, CompetencyStatus.ACTIVE_EARNED),
        competency(orphan, CompetencyLevel.GOLD, CompetencyStatus.PENDING));
    assertThat(EligibilityInputs.bestActiveLevel(held, branch)).isEqualTo("SILVER");
    assertThat(EligibilityInputs.bestActiveLevel(held, sub)).isEqualTo("GOLD");
    assertThat(EligibilityInputs.bestActiveLevel(held, orphan)).isEqualTo("NONE");
    assertThat(EligibilityInputs.bestActiveLevel(held, hq)).isEqualTo("NONE");
  }

  @Test
  @DisplayName("R-ABTK-2, R-ABTK-3: the HQ is recognised; no ABTK this year while there are no orders")
  void headquartersAndThisYear() {
    EligibilityInputs inputs = EligibilityInputs.of(organization, locations, List.of(), hq, CompetencyLevel.GOLD,
        ANNIVERSARY.minusYears(1));
    assertThat(inputs.isHeadquarters()).isTrue();
    assertThat(inputs.hasAbtkThisYear()).isFalse();
    assertThat(inputs.variables()).containsEntry("requestedLevel", "GOLD").containsEntry("bestActiveLevel", "NONE");
  }

  private EligibilityInputs inputsOn(LocalDate today) {
    return EligibilityInputs.of(organization, locations, List.of(), branch, CompetencyLevel.SILVER, today);
  }

  private static LocationView location(UUID id, UUID parent, LocationStatus status) {
    return new LocationView(id, "L", "DE", "EUR", parent, parent == null, status, null);
  }

  private static CompetencySummary competency(UUID location, CompetencyLevel level, CompetencyStatus status) {
    return new CompetencySummary(location, Competency.DATACENTER, level, status, ANNIVERSARY, 0, 3, 0, 2, false,
        false);
  }
}
