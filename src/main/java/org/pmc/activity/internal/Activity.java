package org.pmc.activity.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.pmc.activity.ActorKind;
import org.springframework.data.domain.Persistable;

/**
 * One entry of the activity log: who changed what, when, on which entity. Entries are never changed
 * after they are written, so there is no version and no setter. {@link Persistable} tells Spring Data
 * that a new entry is new, so saving it is one insert without a select first.
 */
@Entity
public class Activity implements Persistable<UUID> {

  @Id
  private UUID id;
  private UUID organizationId;
  private Instant occurredAt;
  private String actor;
  @Enumerated(EnumType.STRING)
  private ActorKind actorKind;
  private String type;
  private String entityType;
  private UUID entityId;
  private String summary;
  /** R-LOC-8: the merged organization this entry came from, or null for the organization's own. */
  private String origin;
  @Transient
  private boolean fresh = true;

  protected Activity() {}

  public Activity(UUID organizationId, Instant occurredAt, ActorKind actorKind, String actor, String type,
      String entityType, UUID entityId, String summary) {
    this.id = UUID.randomUUID();
    this.organizationId = organizationId;
    this.occurredAt = occurredAt;
    this.actorKind = actorKind;
    this.actor = actor;
    this.type = type;
    this.entityType = entityType;
    this.entityId = entityId;
    this.summary = summary;
  }

  @PostLoad
  @PostPersist
  void stored() {
    fresh = false;
  }

  @Override
  public boolean isNew() {
    return fresh;
  }

  @Override
  public UUID getId() {
    return id;
  }

  public UUID getOrganizationId() {
    return organizationId;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public ActorKind getActorKind() {
    return actorKind;
  }

  public String getType() {
    return type;
  }

  public String getEntityType() {
    return entityType;
  }

  public UUID getEntityId() {
    return entityId;
  }

  public String getSummary() {
    return summary;
  }

  public String getOrigin() {
    return origin;
  }
}
