package org.pmc.platform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.pmc.platform.StaffConsole;
import org.springframework.stereotype.Component;

/**
 * Every staff task in Tasklist links to the staff console page of the organization it is about, whatever its
 * process: each user task gets one more create listener (after the model's own) that sets the task variable
 * {@value #VARIABLE}, which the forms show, and adds the link to the task's description. Processes say which
 * organization they are about with the variable {@code organizationId}; partners' tasks get no link.
 */
@Component("staffConsoleTaskLinks")
class StaffConsoleLinks extends AbstractProcessEnginePlugin implements TaskListener {

  static final String VARIABLE = "staffConsoleUrl";
  private static final String PARTNER_GROUPS = "partner-";

  private final StaffConsole console;

  StaffConsoleLinks(StaffConsole console) {
    this.console = console;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_CREATE, StaffConsoleLinks.this);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  @Override
  public void notify(DelegateTask task) {
    Object organizationId = task.getVariable("organizationId");
    if (organizationId == null || forPartners(task)) {
      return;
    }
    String link = console.organizationUrl(UUID.fromString(organizationId.toString()));
    task.setVariableLocal(VARIABLE, link);
    String description = task.getDescription();
    task.setDescription(description == null || description.isBlank() ? "Staff console: " + link
        : description + "\nStaff console: " + link);
  }

  private static boolean forPartners(DelegateTask task) {
    return task.getCandidates().stream().map(IdentityLink::getGroupId)
        .anyMatch(group -> group != null && group.startsWith(PARTNER_GROUPS));
  }
}
