package org.pmc.support.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.pmc.people.AssociationProcess;
import org.pmc.people.PartnerQuestions;
import org.pmc.web.PortalUser;
import org.pmc.web.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-SUP-6: the questions of the support staff that wait for the organization's admins ({@code answerStaffQuestion},
 * candidate group of the organization's admins), shown on the portal's Tasks page with their answer form.
 */
@Service
class TicketQuestions implements PartnerQuestions {

  private static final int MAX = 500;

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final SupportTickets tickets;

  TicketQuestions(TaskService tasks, RuntimeService runtime, SupportTickets tickets) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.tickets = tickets;
  }

  @Override
  @Transactional(readOnly = true)
  public List<PartnerQuestion> waitingFor(PortalUser admin) {
    if (admin.role() == Role.MEMBER) {
      return List.of();
    }
    List<Task> waiting = tasks.createTaskQuery().taskDefinitionKey(TicketProcess.QUESTION_TASK)
        .taskCandidateGroup(AssociationProcess.adminGroup(admin.organizationId())).orderByTaskCreateTime().asc()
        .listPage(0, MAX);
    if (waiting.isEmpty()) {
      return List.of();
    }
    String[] instanceIds = waiting.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
    Map<String, String> ticketOfInstance = new HashMap<>();
    runtime.createProcessInstanceQuery().processInstanceIds(Set.of(instanceIds)).list()
        .forEach(instance -> ticketOfInstance.put(instance.getId(), instance.getBusinessKey()));
    Map<String, Object> questionOfInstance = new HashMap<>();
    runtime.createVariableInstanceQuery().variableName(TicketProcess.QUESTION).processInstanceIdIn(instanceIds)
        .list().forEach(variable -> questionOfInstance.put(variable.getProcessInstanceId(), variable.getValue()));
    Map<UUID, String> subjects = new HashMap<>();
    tickets.findAllById(ticketOfInstance.values().stream().map(UUID::fromString).toList())
        .forEach(ticket -> subjects.put(ticket.getId(), ticket.getSubject()));
    return waiting.stream().map(task -> {
      UUID ticketId = UUID.fromString(ticketOfInstance.get(task.getProcessInstanceId()));
      return new PartnerQuestion("Support asks about your ticket \"" + subjects.get(ticketId) + "\"",
          (String) questionOfInstance.get(task.getProcessInstanceId()), task.getCreateTime().toInstant(),
          "/portal/support/tickets/" + ticketId + "/answer");
    }).toList();
  }
}
