package org.pmc.competency.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.pmc.competency.Competency;
import org.pmc.competency.CompetencyLevel;
import org.pmc.competency.CompetencyStatus;

/**
 * A competency held (or being worked toward) by one location (R-COMP-2). Between anniversaries an
 * earned competency only rises; whether it still meets its requirements shows as "at risk" (R-COMP-4)
 * and is settled at the anniversary.
 */
@Entity
@IdClass(LocationCompetency.Key.class)
public class LocationCompetency {

  @Id
  private UUID locationId;
  @Id
  @Enumerated(EnumType.STRING)
  private Competency competency;
  private UUID organizationId;
  @Enumerated(EnumType.STRING)
  private CompetencyLevel level;
  @Enumerated(EnumType.STRING)
  private CompetencyStatus status;
  /** R-MEM-5: the status an unpaid renewal lapsed, restored when it is paid; null while not lapsed for it. */
  @Enumerated(EnumType.STRING)
  private CompetencyStatus statusBeforeLapse;
  private Instant earnedAt;
  private Instant updatedAt;
  @Version
  private Long version;

  protected LocationCompetency() {}

  public LocationCompetency(UUID organizationId, UUID locationId, Competency competency, Instant now) {
    this.organizationId = organizationId;
    this.locationId = locationId;
    this.competency = competency;
    this.status = CompetencyStatus.PENDING;
    this.updatedAt = now;
  }

  /**
   * R-COMP-3: the evidence now meets {@code met} (or nothing). A competency is earned, or rises to a
   * higher level, as soon as its requirements are met; returns the level gained, if any.
   */
  public Optional<CompetencyLevel> evaluate(Optional<CompetencyLevel> met, Instant now) {
    if (met.isEmpty()) {
      return Optional.empty(); // nothing met: the status stays until the anniversary, "at risk" shows it
    }
    CompetencyLevel reached = met.get();
    if (status.active() && !higher(reached)) {
      if (status == CompetencyStatus.ACTIVE_PRE_APPROVED && reached == level) {
        status = CompetencyStatus.ACTIVE_EARNED; // earned what was pre-approved
        updatedAt = now;
      }
      return Optional.empty();
    }
    status = CompetencyStatus.ACTIVE_EARNED;
    level = reached;
    earnedAt = now;
    updatedAt = now;
    return Optional.of(reached);
  }

  /** At the anniversary: what is not met any more lapses, or steps down to the level still met. */
  public void renew(Optional<CompetencyLevel> met, Instant now) {
    if (!status.active()) {
      return;
    }
    if (met.isEmpty()) {
      status = CompetencyStatus.LAPSED;
    } else {
      status = CompetencyStatus.ACTIVE_EARNED;
      level = met.get();
    }
    updatedAt = now;
  }

  /** R-MEM-5: the renewal is unpaid after the grace period: an active competency lapses (its evidence is kept). */
  public void lapseUnpaid(Instant now) {
    if (status.active()) {
      statusBeforeLapse = status;
      status = CompetencyStatus.LAPSED;
      updatedAt = now;
    }
  }

  /** R-MEM-5: the renewal is paid later in the program year: what lapsed for it comes back. */
  public void restorePaid(Instant now) {
    if (statusBeforeLapse != null) {
      status = statusBeforeLapse;
      statusBeforeLapse = null;
      updatedAt = now;
    }
  }

  /** Program staff set a competency or pre-approve it. */
  public void setByStaff(CompetencyLevel level, CompetencyStatus status, Instant now) {
    this.level = level;
    this.status = status;
    this.earnedAt = status.active() ? now : earnedAt;
    this.updatedAt = now;
  }

  private boolean higher(CompetencyLevel candidate) {
    return level == null || candidate.ordinal() > level.ordinal();
  }

  public UUID getLocationId() {
    return locationId;
  }

  public Competency getCompetency() {
    return competency;
  }

  public UUID getOrganizationId() {
    return organizationId;
  }

  public CompetencyLevel getLevel() {
    return level;
  }

  public CompetencyStatus getStatus() {
    return status;
  }

  /** The composite key: one row per location and competency. */
  public static class Key implements Serializable {
    private UUID locationId;
    private Competency competency;

    public Key() {}

    public Key(UUID locationId, Competency competency) {
      this.locationId = locationId;
      this.competency = competency;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.locationId.equals(locationId) && key.competency == competency;
    }

    @Override
    public int hashCode() {
      return locationId.hashCode() * 31 + competency.hashCode();
    }
  }
}
