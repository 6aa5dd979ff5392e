package org.pmc.requests.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * What a timer will do, in the partner's words: the property {@code request.next} of the timer event (e.g.
 * "Reminder to the customer"), or its name. A job names its definition, and a definition its activity; the
 * definitions of a deployment never change, so each is looked up once.
 */
@Component
class TimerSteps {

  private final ManagementService management;
  private final WaitModel model;
  private final Map<String, String> activities = new ConcurrentHashMap<>();

  TimerSteps(ManagementService management, WaitModel model) {
    this.management = management;
    this.model = model;
  }

  String describe(Job timer) {
    String activityId = activityOf(timer);
    return model.property(timer.getProcessDefinitionId(), activityId, WaitModel.NEXT)
        .orElseGet(() -> model.name(timer.getProcessDefinitionId(), activityId));
  }

  private String activityOf(Job timer) {
    return activities.computeIfAbsent(timer.getJobDefinitionId(), id -> {
      JobDefinition definition = management.createJobDefinitionQuery().jobDefinitionId(id).singleResult();
      return definition == null ? "" : definition.getActivityId();
    });
  }
}
