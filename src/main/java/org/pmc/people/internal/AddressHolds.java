package org.pmc.people.internal;

import java.util.UUID;
import org.pmc.activity.ActivityLog;
import org.pmc.people.AssociationProcess;
import org.pmc.people.IndividualRemoved;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-PPL-5, R-PPL-7: what holds an address on the way in (an invitation, an approved request awaiting its
 * profile, a request awaiting approval) and how it lets go: an invitation lapses after 30 days without a
 * profile, and program staff release an address a stranger holds. An associated person's address is theirs:
 * only their organization's admins remove them.
 */
@Service
public class AddressHolds {

  private static final Logger log = LoggerFactory.getLogger(AddressHolds.class);

  private final Individuals individuals;
  private final AssociationProcess process;
  private final ApplicationEventPublisher events;
  private final ActivityLog activity;

  AddressHolds(Individuals individuals, AssociationProcess process, ApplicationEventPublisher events,
      ActivityLog activity) {
    this.individuals = individuals;
    this.process = process;
    this.events = events;
    this.activity = activity;
  }

  /**
   * The process step 30 days into the wait for a profile: still without one, the person is removed and the
   * address is free. Returns false when the profile came in meanwhile (the instance goes on waiting for it).
   */
  @Transactional
  public boolean lapse(UUID individualId) {
    Individual person = individuals.lockById(individualId).orElseThrow(() -> new NotFound("Individual", individualId));
    if (!person.awaitsProfile()) {
      log.info("Invitation of {} did not lapse: its profile came in ({})", individualId, person.getStatus());
      return false;
    }
    let(person, "INVITATION_LAPSED", "Invitation of " + person.getEmail()
        + " lapsed after 30 days without a profile; the address is free again");
    log.info("Invitation of {} lapsed after 30 days without a profile (R-PPL-7)", individualId);
    return true;
  }

  /**
   * Staff release an address held on the way in: the hold ends as if its organization's admin had deleted the
   * entry (R-PPL-4), and its organization's activity log says who did it. 404 when nothing holds it.
   */
  @Transactional
  public ReleasedAddress release(String email) {
    Individual person = individuals.lockHolderOf(email.trim(), IndividualStatus.GONE)
        .orElseThrow(() -> new NotFound("Address", email));
    if (person.isAssociated()) {
      throw new BusinessRuleViolation("R-PPL-7", "The address " + person.getEmail() + " belongs to a person "
          + "associated with an organization; only that organization's admins can remove them");
    }
    ReleasedAddress released = new ReleasedAddress(person.getEmail(), person.getOrganizationId(), person.getId(),
        person.getStatus());
    let(person, "ADDRESS_RELEASED", "Program staff released the address " + person.getEmail() + " (it was "
        + person.getStatus() + ")");
    process.entryDeleted(person.getId());
    log.info("Address of individual {} ({}) released by staff", person.getId(), released.status());
    return released;
  }

  private void let(Individual person, String activityType, String summary) {
    person.remove();
    events.publishEvent(new IndividualRemoved(person.getOrganizationId(), person.getId()));
    activity.record(person.getOrganizationId(), activityType, "INDIVIDUAL", person.getId(), summary);
  }

  /** What held the address until staff released it. */
  public record ReleasedAddress(String email, UUID organizationId, UUID individualId, IndividualStatus status) {}
}
