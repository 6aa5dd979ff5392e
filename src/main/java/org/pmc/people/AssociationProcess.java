package org.pmc.people;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.pmc.people.internal.Individual;
import org.pmc.people.internal.InviteMethod;
import org.pmc.platform.ProcessMessages;
import org.pmc.platform.StoredAnswers;
import org.springframework.stereotype.Component;

/**
 * The {@code individual-association} process as the people capability sees it (R-PPL-1..4). Business
 * key: the individual's id. Partner admins' tasks have the candidate group of their organization.
 */
@Component
public class AssociationProcess implements StoredAnswers {

  static final String KEY = "individual-association";
  static final String START_BY_LIST = "invitation-start";
  static final String PROFILE_COMPLETED = "profileCompleted";
  static final String RESEND_REQUESTED = "invitationResendRequested";
  static final String ENTRY_DELETED = "associationEntryDeleted";
  static final Set<String> APPROVAL_TASKS = Set.of("approveRequest", "approveInvitee");
  /** The steps that mail an invitation: an incident elsewhere (the admins' request mail) is no failed invitation. */
  static final Set<String> INVITATION_STEPS = Set.of("sendInvitation", "sendInvitationReminder", "resendInvitation");

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ProcessMessages messages;

  AssociationProcess(RuntimeService runtime, TaskService tasks, ProcessMessages messages) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.messages = messages;
  }

  /** The candidate group of an organization's admins on its partner tasks. */
  public static String adminGroup(UUID organizationId) {
    return "partner-admins-" + organizationId;
  }

  /** Started in the caller's transaction: the person and their process commit together. */
  public void start(Individual person) {
    start(person.getId(), person.getOrganizationId(), person.getInviteMethod(), person.getEmail());
  }

  public void start(UUID individualId, UUID organizationId, InviteMethod method, String email) {
    // requestTitle: the organization's requests page lists the association under it (requests module).
    runtime.startProcessInstanceByKey(KEY, individualId.toString(), Map.of(
        "organizationId", organizationId.toString(),
        "inviteMethod", method.name(),
        "adminGroup", adminGroup(organizationId),
        "requestTitle", (method == InviteMethod.REQUEST ? "Request to join from " : "Invitation of ") + email));
  }

  /**
   * R-PPL-1: in the caller's transaction, with the invitations stored by list: a job that starts their
   * instances after commit, in batches (process {@code invitation-start}). Business key: the location.
   */
  public void startPendingInvitations(UUID locationId) {
    runtime.startProcessInstanceByKey(START_BY_LIST, locationId.toString());
  }

  public void deliverProfile(UUID individualId) {
    messages.deliver(PROFILE_COMPLETED, individualId.toString());
  }

  /** In the caller's transaction: a non-interrupting event that sends the invitation again. */
  public boolean requestResend(UUID individualId) {
    return runtime.createMessageCorrelation(RESEND_REQUESTED).processInstanceBusinessKey(individualId.toString())
        .correlateAllWithResult().size() > 0;
  }

  /** In the caller's transaction: the event subprocess ends the instance wherever it is. */
  public void entryDeleted(UUID individualId) {
    runtime.createMessageCorrelation(ENTRY_DELETED).processInstanceBusinessKey(individualId.toString())
        .correlateAll();
  }

  /** The open approval task of this person, if any. */
  public Task approvalTask(UUID individualId) {
    return tasks.createTaskQuery().processInstanceBusinessKey(individualId.toString())
        .taskDefinitionKeyIn(APPROVAL_TASKS.toArray(String[]::new)).singleResult();
  }

  public void complete(Task task, boolean approved) {
    tasks.complete(task.getId(), Map.of("approved", approved));
  }

  /**
   * R-LOC-8: in the transaction of a merge, the merged organization's running association instances go on under the
   * survivor: their organization and admin group point there, and their waiting approval tasks go to its admins.
   */
  public void moveTo(UUID organizationId, UUID mergedOrganizationId) {
    String from = adminGroup(mergedOrganizationId);
    String to = adminGroup(organizationId);
    runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
        .variableValueEquals("organizationId", mergedOrganizationId.toString()).list().forEach(instance -> {
          runtime.setVariables(instance.getId(), Map.of("organizationId", organizationId.toString(),
              "adminGroup", to));
          tasks.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup(from).list()
              .forEach(task -> {
                tasks.deleteCandidateGroup(task.getId(), from);
                tasks.addCandidateGroup(task.getId(), to);
              });
        });
  }

  /** Business keys of this organization's instances whose invitation mail step ran out of retries (an incident). */
  public Set<String> failedInvitations(UUID organizationId) {
    Set<String> instanceIds = runtime.createIncidentQuery().processDefinitionKeyIn(KEY).list().stream()
        .filter(incident -> INVITATION_STEPS.contains(incident.getActivityId()))
        .map(incident -> incident.getProcessInstanceId())
        .collect(Collectors.toSet());
    if (instanceIds.isEmpty()) {
      return Set.of();
    }
    return runtime.createProcessInstanceQuery().processInstanceIds(instanceIds)
        .variableValueEquals("organizationId", organizationId.toString()).list().stream()
        .map(instance -> instance.getBusinessKey())
        .collect(Collectors.toSet());
  }

  @Override
  public String message() {
    return PROFILE_COMPLETED;
  }

  /** A completed profile is stored. */
  @Override
  public Source source() {
    return new Source("individual", "id", "profile_completed_at is not null");
  }
}
