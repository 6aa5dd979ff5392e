package org.pmc.review.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.pmc.review.internal.ReviewProcess;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * What RSC staff need in Tasklist, created at start-up (with or without demo data) and unchanged when run
 * again: groups {@code rsc} and {@code rsc-lead} read the two review processes and read and complete their
 * tasks (nothing else: no Cockpit, no Admin, no other process's tasks), and each has a saved filter. All
 * staff groups ({@link #STAFF_GROUPS}) may sign in to Tasklist and share the filter "My group's tasks". Group
 * {@code billing} reviews payments and records bank transfers, with its filter "Billing".
 */
@Component
public class TasklistSetup implements ApplicationRunner {

  public static final String RSC_FILTER = "RSC reviews";
  static final String LEAD_FILTER = "RSC lead reviews";
  public static final String GROUP_FILTER = "My group's tasks";
  static final String BILLING_FILTER = "Billing";
  /**
   * Billing reviews payments that did not pay their invoice, records bank transfers (started in Tasklist) and
   * ships what was ordered (R-ABTK-20).
   */
  private static final List<String> BILLING_PROCESSES = List.of("payment-review", "bank-transfer", "shipment");
  /** Staff groups: they sign in to Tasklist (not Cockpit or Admin) and share the "My group's tasks" filter. */
  static final List<String> STAFF_GROUPS = List.of("rsc", "rsc-lead", "support", "billing");
  private static final List<String> GROUPS = List.of("rsc", "rsc-lead");
  private static final List<String> PROCESSES = List.of(ReviewProcess.DISSOCIATION, ReviewProcess.MERGE);
  /** Tasklist columns (filter property {@code variables}) of the review filters: whom and what a review is about. */
  static final List<Map<String, String>> REVIEW_COLUMNS = List.of(column("organizationName", "Organization"),
      column("locationName", "Location"), column("otherOrganizationName", "Other organization"),
      column("requestedBy", "Requester"));
  /** Payments, bank transfers and shipments. */
  static final List<Map<String, String>> BILLING_COLUMNS = List.of(column("organizationName", "Organization"),
      column("expectedAmount", "Amount"), column("receivedAmount", "Received"), column("channel", "Channel"));
  /** Every staff task: reviews, tickets (level, priority, channel) and billing. */
  static final List<Map<String, String>> GROUP_COLUMNS = List.of(column("organizationName", "Organization"),
      column("locationName", "Location"), column("requestedBy", "Requester"), column("subject", "Subject"),
      column("priority", "Priority"), column("level", "Level"), column("channel", "Channel"),
      column("expectedAmount", "Amount"));

  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;

  TasklistSetup(AuthorizationService authorizations, FilterService filters, TaskService tasks) {
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (String group : GROUPS) {
      PROCESSES.forEach(process -> grantTasks(group, process));
    }
    // Support tickets are answered by the channel's group (support, rsc, rsc-lead) in Tasklist.
    List.of("support", "rsc", "rsc-lead").forEach(group -> grantTasks(group, "support-ticket"));
    grantTasks("billing", "payment-review");
    grantTasks("billing", "shipment");
    grantStart("billing", "bank-transfer");
    filter(RSC_FILTER, "rsc", -10, "Dissociations and merges waiting for rsc", PROCESSES, REVIEW_COLUMNS);
    filter(LEAD_FILTER, "rsc-lead", -9, "Dissociations and merges waiting for rsc-lead", PROCESSES, REVIEW_COLUMNS);
    filter(BILLING_FILTER, "billing", -7, "Payments to review, bank transfers to correct, shipments to send",
        BILLING_PROCESSES, BILLING_COLUMNS);
    STAFF_GROUPS.forEach(group -> grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS));
    groupFilter();
  }

  /**
   * "My group's tasks": every task the signed-in user's groups are candidates for, whatever the process, the
   * nearest due date first. The candidate groups are an expression, evaluated for whoever runs the filter.
   */
  private void groupFilter() {
    Filter filter = saved(GROUP_FILTER).setProperties(properties("Tasks waiting for any of my groups", -8,
        GROUP_COLUMNS)).setQuery(byDueDate(tasks.createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")));
    filters.saveFilter(filter);
    String filterId = filter.getId();
    STAFF_GROUPS.forEach(group -> grant(group, Resources.FILTER, filterId, Permissions.READ));
  }

  /** The filter saved under this name, or a new one owned by admin, as in the Camunda invoice example. */
  private Filter saved(String name) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    return filter != null ? filter : filters.newTaskFilter(name).setOwner("admin");
  }

  /**
   * R-REV-1: the nearest due date first (the reviewer's SLA), then the oldest; a task without a due date comes
   * with the oldest.
   */
  private static TaskQuery byDueDate(TaskQuery query) {
    return query.orderByDueDate().asc().orderByTaskCreateTime().asc();
  }

  private static Map<String, Object> properties(String description, int priority,
      List<Map<String, String>> columns) {
    return Map.of("description", description, "priority", priority, "refresh", true, "variables", columns);
  }

  private static Map<String, String> column(String name, String label) {
    return Map.of("name", name, "label", label);
  }

  /**
   * The group sees and completes the tasks of this process, and reads its instances' variables: the filters'
   * columns (R-REV-1) are variables Tasklist reads with the tasks.
   */
  private void grantTasks(String group, String processKey) {
    grant(group, Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.UPDATE_TASK,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE);
  }

  /**
   * The group starts this process from Tasklist (its start form) and sees and completes its tasks. Starting
   * needs CREATE_INSTANCE on the definition and CREATE on process instances.
   */
  private void grantStart(String group, String processKey) {
    grant(group, Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.UPDATE_TASK,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
  }

  /** A saved task filter of the group's tasks in these processes; the group may read it. */
  private void filter(String name, String group, int priority, String description, List<String> processes,
      List<Map<String, String>> columns) {
    // Set again at every start: a process, a column or an order added shows in a filter saved before it.
    Filter filter = saved(name).setProperties(properties(description, priority, columns))
        .setQuery(byDueDate(tasks.createTaskQuery().taskCandidateGroup(group).processDefinitionKeyIn(
            processes.toArray(String[]::new))));
    filters.saveFilter(filter);
    grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
  }

  /** Grants what is missing: a grant saved by an older release gains the permissions added since. */
  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization grant = authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource)
        .resourceId(resourceId).authorizationType(Authorization.AUTH_TYPE_GRANT).list().stream().findFirst()
        .orElse(null);
    if (grant == null) {
      grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(group);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
    } else if (Arrays.stream(permissions).allMatch(grant::isPermissionGranted)) {
      return;
    }
    for (Permission permission : permissions) {
      grant.addPermission(permission);
    }
    authorizations.saveAuthorization(grant);
  }
}
