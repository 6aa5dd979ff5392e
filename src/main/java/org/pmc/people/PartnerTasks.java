package org.pmc.people;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.pmc.people.internal.Individual;
import org.pmc.people.internal.Individuals;
import org.pmc.web.PortalUser;
import org.pmc.web.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner's task inbox: approval tasks of the organization's people processes, for its admins; a
 * location admin sees those of people at the locations they manage (R-ROLE-4).
 */
@Service
public class PartnerTasks {

  private static final int MAX = 500;

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final Individuals individuals;
  private final AdminScope scope;

  PartnerTasks(TaskService tasks, RuntimeService runtime, Individuals individuals, AdminScope scope) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.individuals = individuals;
    this.scope = scope;
  }

  @Transactional(readOnly = true)
  public List<PartnerTask> waitingFor(PortalUser admin) {
    if (admin.role() == Role.MEMBER) {
      return List.of();
    }
    List<Task> open = tasks.createTaskQuery()
        .taskCandidateGroup(AssociationProcess.adminGroup(admin.organizationId()))
        .orderByTaskCreateTime().asc()
        .listPage(0, MAX);
    if (open.isEmpty()) {
      return List.of();
    }
    Map<String, UUID> personOfInstance = runtime.createProcessInstanceQuery()
        .processInstanceIds(open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet())).list()
        .stream().collect(Collectors.toMap(ProcessInstance::getId, instance -> UUID.fromString(instance.getBusinessKey())));
    Map<UUID, Individual> people = individuals.findAllById(personOfInstance.values()).stream()
        .collect(Collectors.toMap(Individual::getId, Function.identity()));
    Predicate<UUID> administered = scope.administered(admin);
    return open.stream()
        .map(task -> new Pending(task, people.get(personOfInstance.get(task.getProcessInstanceId()))))
        .filter(pending -> pending.person() != null && administered.test(pending.person().getLocationId()))
        .map(pending -> new PartnerTask(pending.task().getId(), pending.task().getTaskDefinitionKey(),
            pending.task().getName(), pending.task().getCreateTime().toInstant(), PersonView.of(pending.person())))
        .toList();
  }

  private record Pending(Task task, Individual person) {}

  /** A task waiting for the partner: what to do, since when, about whom. */
  public record PartnerTask(String id, String taskKey, String name, Instant createdAt, PersonView person) {}
}
