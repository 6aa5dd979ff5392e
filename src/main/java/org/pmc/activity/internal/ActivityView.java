package org.pmc.activity.internal;

import java.time.Instant;
import java.util.UUID;
import org.pmc.activity.ActorKind;
import org.pmc.activity.internal.Activity;

/** An entry of the activity log as the API, the portal and the CSV export show it. */
public record ActivityView(UUID id, Instant occurredAt, String actor, ActorKind actorKind, String type,
    String entityType, UUID entityId, String summary) {

  public static ActivityView of(Activity activity) {
    return new ActivityView(activity.getId(), activity.getOccurredAt(), activity.getActor(),
        activity.getActorKind(), activity.getType(), activity.getEntityType(), activity.getEntityId(),
        activity.getSummary());
  }
}
