package org.pmc.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.pmc.activity.ActivityLog;
import org.pmc.activity.ActorKind;
import org.pmc.notification.MailQuota;
import org.pmc.organization.OrganizationService;
import org.pmc.people.AdminScope;
import org.pmc.people.AssociationProcess;
import org.pmc.people.IndividualRemoved;
import org.pmc.people.PersonView;
import org.pmc.people.internal.AddressList;
import org.pmc.people.internal.Individual;
import org.pmc.people.internal.IndividualStatus;
import org.pmc.people.internal.Individuals;
import org.pmc.people.internal.InvitationProgress;
import org.pmc.people.internal.InvitationResult;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.InvalidField;
import org.pmc.web.NotFound;
import org.pmc.web.PortalUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The three ways into an organization (R-PPL-1..3) and what admins do with the people on their way in
 * (R-PPL-4). Each person runs one {@code individual-association} process.
 */
@Service
public class Invitations {

  private static final Logger log = LoggerFactory.getLogger(Invitations.class);
  private static final String ENTITY_TYPE = "INDIVIDUAL";
  private static final EnumSet<IndividualStatus> AWAITING_PROFILE = EnumSet.of(IndividualStatus.AWAITING_PROFILE,
      IndividualStatus.INVITED);
  private static final String ALREADY_OURS = "already invited to or associated with your organization (R-PPL-5)";

  private final Individuals individuals;
  private final AssociationProcess process;
  private final OrganizationService organizations;
  private final AdminScope scope;
  private final PasswordEncoder passwords;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;
  private final ActivityLog activity;
  private final MailQuota mailQuota;

  Invitations(Individuals individuals, AssociationProcess process, OrganizationService organizations,
      AdminScope scope, PasswordEncoder passwords, Clock clock, PlatformTransactionManager transactions,
      ApplicationEventPublisher events, ActivityLog activity, MailQuota mailQuota) {
    this.mailQuota = mailQuota;
    this.events = events;
    this.activity = activity;
    this.transaction = new TransactionTemplate(transactions);
    this.individuals = individuals;
    this.process = process;
    this.organizations = organizations;
    this.scope = scope;
    this.passwords = passwords;
    this.clock = clock;
  }

  /**
   * R-PPL-1, R-PPL-5, R-PPL-6: every address judged on its own; the valid ones are pre-approved. They are
   * stored here with one job that starts their processes after commit, in batches, and the mails leave
   * from those processes' asynchronous steps: a list of 1,000 answers in well under a second.
   */
  @Transactional
  public InvitationResult inviteMultiple(UUID organizationId, PortalUser admin, InviteMultiple command) {
    organizations.activeLocation(organizationId, command.locationId(), "locationId");
    scope.requireLocation(admin, command.locationId());
    AddressList list = AddressList.parse(command.emails());
    if (list.valid().size() + list.rejected().size() > AddressList.MAX_ADDRESSES) {
      throw new InvalidField("emails", "has more than " + AddressList.MAX_ADDRESSES + " addresses");
    }
    List<AddressList.Rejection> rejected = new ArrayList<>(list.rejected());
    List<Individual> newcomers = new ArrayList<>();
    var ours = individuals.ofOrganizationAmong(organizationId, list.valid(), IndividualStatus.GONE);
    var heldElsewhere = individuals.takenAmong(list.valid(), IndividualStatus.GONE);
    Instant now = clock.instant();
    for (String email : list.valid()) {
      // R-PPL-7, issue 14: the answer says only what concerns this organization; an address held elsewhere is
      // answered like any other, and its owner is told instead of invited.
      if (ours.contains(email)) {
        rejected.add(new AddressList.Rejection(email, ALREADY_OURS));
        continue;
      }
      Individual newcomer = Individual.newcomer(organizationId, command.locationId(), email, null, null,
          InviteMethod.MULTIPLE_INVITE, now);
      if (heldElsewhere.contains(email)) {
        newcomer.heldElsewhere();
      }
      newcomers.add(newcomer);
    }
    mailQuota.reserve(organizationId, newcomers.size()); // issue 14: the whole list or nothing, before any write
    List<InvitationResult.Invited> invited = individuals.saveAll(newcomers).stream()
        .map(person -> new InvitationResult.Invited(person.getEmail(), person.getId())).toList();
    if (!invited.isEmpty()) {
      process.startPendingInvitations(command.locationId());
    }
    activity.record(organizationId, "PEOPLE_INVITED", "LOCATION", command.locationId(),
        invited.size() + " people invited by list, " + rejected.size() + " addresses rejected");
    log.info("{} invited {} people to location {} of organization {}; {} addresses rejected", admin.email(),
        invited.size(), command.locationId(), organizationId, rejected.size());
    return new InvitationResult(invited, rejected);
  }

  /**
   * Progress of the invitations awaiting a profile: sent, still pending (mail job not yet run) and
   * failed (the mail step ran out of retries; an operator retries it in Cockpit).
   */
  @Transactional(readOnly = true)
  public InvitationProgress progress(UUID organizationId) {
    int failed = process.failedInvitations(organizationId).size();
    long sent = individuals.countByOrganizationIdAndStatusInAndInvitationSentAtIsNotNull(organizationId,
        AWAITING_PROFILE);
    long unsent = individuals.countByOrganizationIdAndStatusInAndInvitationSentAtIsNull(organizationId,
        AWAITING_PROFILE);
    return new InvitationProgress(sent, Math.max(0, unsent - failed), failed);
  }

  /** R-PPL-2: the admin enters the details; the person accepts; then an admin approves. */
  @Transactional
  public PersonView inviteSingle(UUID organizationId, PortalUser admin, SingleInvite command) {
    organizations.activeLocation(organizationId, command.locationId(), "locationId");
    scope.requireLocation(admin, command.locationId());
    mailQuota.reserve(organizationId, 1); // issue 14: the invitation mail
    return PersonView.of(welcome(Individual.newcomer(organizationId, command.locationId(), command.email(),
        command.firstName().trim(), command.lastName().trim(), InviteMethod.SINGLE_INVITE, clock.instant())));
  }

  /**
   * R-PPL-3, R-PPL-7: a confirmed association request (its link clicked) waits on People Requesting Association;
   * only now is the address taken, if nobody took it meanwhile (R-PPL-5).
   */
  @Transactional
  PersonView requestAssociation(PendingAssociationRequest request) {
    organizations.activeLocation(request.getOrganizationId(), request.getLocationId(), "locationId");
    return PersonView.of(welcome(request.requester(clock.instant())));
  }

  private Individual welcome(Individual person) {
    if (individuals.existsByOrganizationIdAndEmailIgnoreCaseAndStatusNotIn(person.getOrganizationId(),
        person.getEmail(), IndividualStatus.GONE)) {
      throw new BusinessRuleViolation("R-PPL-5", "The address " + person.getEmail() + " is " + ALREADY_OURS);
    }
    if (individuals.isHeld(person.getEmail())) {
      if (person.getInviteMethod() == InviteMethod.REQUEST) {
        throw new BusinessRuleViolation("R-PPL-5",
            "The address " + person.getEmail() + " is already associated with an organization");
      }
      person.heldElsewhere(); // R-PPL-7: answered like any invitation; its owner is told instead
    }
    Individual saved = individuals.save(person);
    process.start(saved);
    activity.record(saved.getOrganizationId(), saved.getInviteMethod() == InviteMethod.REQUEST
        ? "ASSOCIATION_REQUESTED" : "PERSON_INVITED", ENTITY_TYPE, saved.getId(),
        saved.fullName() + " <" + saved.getEmail() + "> " + (saved.getInviteMethod() == InviteMethod.REQUEST
            ? "asked to join" : "invited"));
    log.info("{} {} for organization {} ({})", saved.getInviteMethod(), saved.getId(), saved.getOrganizationId(),
        saved.getStatus());
    return saved;
  }

  /** R-PPL-2, R-PPL-3: an admin's decision completes the person's approval task. */
  @Transactional
  public PersonView decide(UUID organizationId, PortalUser admin, UUID individualId, boolean approve) {
    individuals.lockById(individualId);
    Individual person = administered(organizationId, admin, individualId);
    Task task = process.approvalTask(individualId);
    if (task == null) {
      throw new BusinessRuleViolation(approve ? "R-PPL-3" : "R-PPL-4",
          "Nothing waits for a decision on " + person.getEmail() + " (status " + person.getStatus() + ")");
    }
    process.complete(task, approve);
    activity.record(organizationId, approve ? "ASSOCIATION_APPROVED" : "ASSOCIATION_REJECTED", ENTITY_TYPE,
        individualId, person.getEmail() + (approve ? " approved" : " rejected"));
    log.info("{} {} the association of {}", admin.email(), approve ? "approved" : "rejected", individualId);
    return PersonView.of(person);
  }

  /** Process step after an approval task: applies the decision; idempotent. */
  @Transactional
  public void recordDecision(UUID individualId, boolean approved) {
    find(individualId).decide(approved, clock.instant());
  }

  /** R-PPL-4: resend the invitation to someone awaiting their profile. */
  @Transactional
  public PersonView resend(UUID organizationId, PortalUser admin, UUID individualId) {
    Individual person = administered(organizationId, admin, individualId);
    if (!person.awaitsProfile()) {
      throw notAwaitingProfile(person);
    }
    mailQuota.reserve(organizationId, 1); // issue 14: the mail again, before the process is told
    if (!process.requestResend(individualId)) {
      throw notAwaitingProfile(person);
    }
    activity.record(organizationId, "INVITATION_RESENT", ENTITY_TYPE, individualId,
        "Invitation sent again to " + person.getEmail());
    return PersonView.of(person);
  }

  /** R-PPL-4: deleted from a list; the person may request association or be invited again. */
  @Transactional
  public void delete(UUID organizationId, PortalUser admin, UUID individualId) {
    organizations.lock(organizationId); // issue 14: before the last-global-admin check reads
    Individual person = administered(organizationId, admin, individualId);
    if (person.getId().equals(admin.individualId())) {
      throw new BusinessRuleViolation("R-ROLE-4", "You cannot remove yourself");
    }
    scope.requireMayRemove(admin, person);
    scope.keepOneGlobalAdmin(organizationId, person);
    person.remove();
    events.publishEvent(new IndividualRemoved(organizationId, individualId));
    activity.record(organizationId, "PERSON_REMOVED", ENTITY_TYPE, individualId, person.getEmail() + " removed");
    process.entryDeleted(individualId);
    log.info("{} removed {} from organization {}", admin.email(), individualId, organizationId);
  }

  /**
   * The person behind an invitation link, by the link id it carries. Issue 13: only the latest invitation mail's
   * link names them; the link of an earlier one was replaced.
   */
  @Transactional(readOnly = true)
  public Individual invitee(UUID invitationLinkId) {
    return individuals.findByInvitationLink(invitationLinkId).orElseThrow(ReplacedInvitationLink::new);
  }

  /**
   * R-PPL-1, R-PPL-2: the profile from the invitation page, stored first, then handed to the process.
   * Returns false when nothing changed (already completed, or deleted meanwhile).
   */
  public boolean completeProfile(UUID individualId, String firstName, String lastName, String password) {
    String hash = passwords.encode(password);
    boolean changed = Boolean.TRUE.equals(transaction.execute(status -> {
      Individual person = find(individualId);
      boolean completed = person.completeProfile(firstName, lastName, hash, clock.instant());
      if (completed) {
        activity.record(person.getOrganizationId(), ActorKind.PARTNER, person.getEmail(), "PROFILE_COMPLETED",
            ENTITY_TYPE, individualId, person.fullName() + " completed their profile");
      }
      return completed;
    }));
    if (changed) {
      log.info("Individual {} completed their profile", individualId);
      process.deliverProfile(individualId);
    }
    return changed;
  }

  private static BusinessRuleViolation notAwaitingProfile(Individual person) {
    return new BusinessRuleViolation("R-PPL-4",
        "Only people awaiting their profile can be sent the invitation again (status " + person.getStatus() + ")");
  }

  private Individual administered(UUID organizationId, PortalUser admin, UUID individualId) {
    Individual person = individuals.ofOrganization(organizationId, individualId);
    scope.requireLocation(admin, person.getLocationId());
    return person;
  }

  private Individual find(UUID individualId) {
    return individuals.findById(individualId).orElseThrow(() -> new NotFound("Individual", individualId));
  }
}
