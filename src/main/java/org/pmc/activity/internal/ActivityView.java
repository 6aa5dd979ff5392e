package org.pmc.activity.internal;

import java.time.Instant;
import java.util.UUID;
import org.pmc.activity.ActorKind;
import org.pmc.activity.internal.Activity;

/**
 * An entry of the activity log as the API, the portal and the CSV export show it; {@code origin} names the merged
 * organization an entry came from (R-LOC-8), null for the organization's own.
 */
public record ActivityView(UUID id, Instant occurredAt, String actor, ActorKind actorKind, String type,
    String entityType, UUID entityId, String summary, String origin) {

  public static ActivityView of(Activity activity) {
    return new ActivityView(activity.getId(), activity.getOccurredAt(), activity.getActor(),
        activity.getActorKind(), activity.getType(), activity.getEntityType(), activity.getEntityId(),
        activity.getSummary(), activity.getOrigin());
  }
}
