package org.pmc.support.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.pmc.activity.ActivityLog;
import org.pmc.organization.OrganizationRegistered;
import org.pmc.organization.OrganizationService;
import org.pmc.platform.StaffNames;
import org.pmc.web.InvalidField;
import org.pmc.web.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-SUP-5: each organization has one member of the Camunda group {@code rsc} as its named contact, who answers its
 * RTC and concierge tickets. Staff choose them; until then (a new organization, or one from before named contacts)
 * it is the {@code rsc} member who is the named contact of the fewest organizations, so the work spreads evenly.
 */
@Service
public class NamedContactService {

  static final String GROUP = "rsc";
  private static final String ENTITY_TYPE = "NAMED_CONTACT";
  /** More members than a support team has; bounds the read. */
  private static final int MAX_MEMBERS = 1000;
  private static final Logger log = LoggerFactory.getLogger(NamedContactService.class);

  private final NamedContacts contacts;
  private final IdentityService identity;
  private final OrganizationService organizations;
  private final ActivityLog activity;
  private final StaffNames staff;
  private final Clock clock;

  NamedContactService(NamedContacts contacts, IdentityService identity, OrganizationService organizations,
      ActivityLog activity, StaffNames staff, Clock clock) {
    this.contacts = contacts;
    this.identity = identity;
    this.organizations = organizations;
    this.activity = activity;
    this.staff = staff;
    this.clock = clock;
  }

  /** What staff see after choosing: the organization, the contact's user id and name. */
  public record NamedContactView(UUID organizationId, String userId, String name, java.time.Instant assignedAt) {}

  /** Staff choose the organization's named contact: 404 unknown organization, 400 not a member of rsc. */
  @Transactional
  public NamedContactView assign(UUID organizationId, String userId, String assignedBy) {
    if (!organizations.exists(organizationId)) {
      throw new NotFound("Organization", organizationId);
    }
    if (userId == null || identity.createUserQuery().userId(userId).memberOfGroup(GROUP).count() == 0) {
      throw new InvalidField("userId", "is not a member of the group " + GROUP);
    }
    NamedContact contact = save(organizationId, userId, assignedBy);
    log.info("Named contact of organization {} is now {} (by {})", organizationId, userId, assignedBy);
    return view(contact);
  }

  /**
   * The organization's named contact, chosen now by the default rule when none is assigned; empty when the group
   * {@code rsc} has no member at all (the ticket then waits for the group alone).
   */
  @Transactional
  public Optional<String> contactOf(UUID organizationId) {
    return contacts.findById(organizationId).map(NamedContact::getUserId)
        .or(() -> leastBusyMember().map(userId -> save(organizationId, userId, "system").getUserId()));
  }

  /** The organization's named contact as assigned now, if any (the staff console shows it). */
  @Transactional(readOnly = true)
  public Optional<NamedContactView> current(UUID organizationId) {
    return contacts.findById(organizationId).map(this::view);
  }

  /** The members of {@code rsc} who may be chosen, user id to name, for the staff console's form (R-SUP-5). */
  @Transactional(readOnly = true)
  public Map<String, String> candidates() {
    Map<String, String> members = new LinkedHashMap<>();
    identity.createUserQuery().memberOfGroup(GROUP).orderByUserId().asc().listPage(0, MAX_MEMBERS)
        .forEach(user -> members.put(user.getId(), staff.displayName(user.getId())));
    return members;
  }

  /** A new organization starts with the default contact, in the transaction that registers it. */
  @EventListener
  void registered(OrganizationRegistered registered) {
    contactOf(registered.organizationId());
  }

  /** The rsc member who is the named contact of the fewest organizations; ties go to the smallest user id. */
  Optional<String> leastBusyMember() {
    List<String> members = identity.createUserQuery().memberOfGroup(GROUP).listPage(0, MAX_MEMBERS).stream()
        .map(User::getId).toList();
    if (members.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Long> load = new HashMap<>();
    contacts.organizationsPerContact(members).forEach(row -> load.put((String) row[0], (Long) row[1]));
    return members.stream().min(Comparator.<String>comparingLong(member -> load.getOrDefault(member, 0L))
        .thenComparing(Comparator.naturalOrder()));
  }

  private NamedContact save(UUID organizationId, String userId, String assignedBy) {
    NamedContact contact = contacts.findById(organizationId)
        .orElseGet(() -> new NamedContact(organizationId, userId, clock.instant(), assignedBy));
    contact.assign(userId, clock.instant(), assignedBy);
    contacts.save(contact);
    activity.record(organizationId, "NAMED_CONTACT_ASSIGNED", ENTITY_TYPE, organizationId,
        "Named contact for RTC and concierge tickets: " + staff.displayName(userId));
    return contact;
  }

  private NamedContactView view(NamedContact contact) {
    return new NamedContactView(contact.getOrganizationId(), contact.getUserId(),
        staff.displayName(contact.getUserId()), contact.getAssignedAt());
  }
}
