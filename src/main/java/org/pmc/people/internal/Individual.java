package org.pmc.people.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.pmc.people.internal.Founder;
import org.pmc.web.Role;

/** A person associated (or asking to be) with an organization, at one location. */
@Entity
public class Individual {

  @Id
  private UUID id;
  private UUID organizationId;
  private UUID locationId;
  private String firstName;
  private String lastName;
  private String email;
  @Enumerated(EnumType.STRING)
  private IndividualStatus status;
  @Enumerated(EnumType.STRING)
  private InviteMethod inviteMethod;
  private Instant invitedAt;
  @Enumerated(EnumType.STRING)
  private Role role;
  private String passwordHash;
  private Instant createdAt;
  private Instant invitationSentAt;
  /**
   * Issue 13: the id in the link of the latest invitation mail. Each mail gets a new one, so the links of the
   * mails before it stop working. Null before the first mail: until then a link names the person, as every
   * link sent before issue 13 did.
   */
  private UUID invitationLinkId;
  private Instant profileCompletedAt;
  /** My profile: the person's own details; null until they set them. */
  private String phone;
  private String language;
  private String timeZone;
  /**
   * R-PPL-7, issue 14: invited while another organization holds the address. The invitation looks like any
   * other to the inviting organization, but holds nothing; its owner is told instead of being sent a link.
   */
  private boolean heldElsewhere;
  /** R-PPL-1: invited by list, its process not started yet; cleared by SQL only (see PendingInvitations). */
  @Column(updatable = false)
  private boolean associationPending;
  @Version
  private Long version;

  protected Individual() {}

  /** The admin who registers an organization is associated at once, as its global admin. */
  public static Individual founder(UUID organizationId, UUID hqLocationId, Founder admin, Instant now) {
    Individual founder = new Individual();
    founder.id = UUID.randomUUID();
    founder.organizationId = organizationId;
    founder.locationId = hqLocationId;
    founder.firstName = admin.firstName();
    founder.lastName = admin.lastName();
    founder.email = normalize(admin.email());
    founder.status = IndividualStatus.ASSOCIATED;
    founder.role = Role.GLOBAL_ADMIN;
    founder.passwordHash = admin.passwordHash();
    founder.createdAt = now;
    return founder;
  }

  /** R-PPL-1..3: a person on their way in, by one of the three ways. */
  static Individual newcomer(UUID organizationId, UUID locationId, String email, String firstName,
      String lastName, InviteMethod method, Instant now) {
    Individual person = new Individual();
    person.id = UUID.randomUUID();
    person.organizationId = organizationId;
    person.locationId = locationId;
    person.email = normalize(email);
    person.firstName = firstName;
    person.lastName = lastName;
    person.inviteMethod = method;
    person.role = Role.MEMBER;
    person.createdAt = now;
    person.invitedAt = method == InviteMethod.REQUEST ? null : now;
    person.associationPending = method == InviteMethod.MULTIPLE_INVITE;
    person.status = switch (method) {
      case MULTIPLE_INVITE -> IndividualStatus.AWAITING_PROFILE; // R-PPL-1: pre-approved
      case SINGLE_INVITE -> IndividualStatus.INVITED;           // R-PPL-2
      case REQUEST -> IndividualStatus.REQUESTING;              // R-PPL-3
    };
    return person;
  }

  /**
   * R-PPL-2, R-PPL-3: an admin's decision. A request approved goes to People Awaiting Profile; an
   * accepted single invitation approved is associated.
   */
  void decide(boolean approved, Instant now) {
    if (status != IndividualStatus.REQUESTING && status != IndividualStatus.AWAITING_APPROVAL) {
      return; // decided already: the decision step is idempotent
    }
    if (!approved) {
      status = IndividualStatus.REJECTED;
    } else if (status == IndividualStatus.REQUESTING) {
      status = IndividualStatus.AWAITING_PROFILE;
      invitedAt = now;
    } else {
      status = IndividualStatus.ASSOCIATED;
    }
  }

  /**
   * R-PPL-1, R-PPL-2, R-PPL-4: the person completes their profile through the invitation link. A single
   * invite then waits for an admin's approval; everyone else is associated at once.
   */
  boolean completeProfile(String firstName, String lastName, String passwordHash, Instant now) {
    if (!awaitsProfile()) {
      return false;
    }
    this.firstName = firstName.trim();
    this.lastName = lastName.trim();
    this.passwordHash = passwordHash;
    this.profileCompletedAt = now;
    this.status = status == IndividualStatus.INVITED ? IndividualStatus.AWAITING_APPROVAL
        : IndividualStatus.ASSOCIATED;
    return true;
  }

  /** R-PPL-7: the address belongs to another organization; this invitation holds nothing. */
  void heldElsewhere() {
    heldElsewhere = true;
  }

  /** The address was freed meanwhile: this invitation now holds it and mails its link like any other. */
  void addressFreed() {
    heldElsewhere = false;
  }

  public boolean isHeldElsewhere() {
    return heldElsewhere;
  }

  /** R-PPL-4: deleted from a list (or dissociated); they may request or be invited again. */
  void remove() {
    status = IndividualStatus.REMOVED;
  }

  /**
   * A new invitation mail leaves now; its link replaces the links of the mails before it (issue 13). The new
   * link id follows from the one before instead of being random: a mail job run again after a rollback finds
   * its mail already sent (SentMails) and sends none, so it must store the very link that mail carries.
   */
  UUID invitationSent(Instant now) {
    invitationSentAt = now;
    UUID before = invitationLinkId == null ? id : invitationLinkId;
    invitationLinkId = UUID.nameUUIDFromBytes(before.toString().getBytes(StandardCharsets.UTF_8));
    return invitationLinkId;
  }

  /** The person changes their own details on My profile. */
  void changeProfile(ProfileChange change) {
    firstName = change.getFirstName().trim();
    lastName = change.getLastName().trim();
    phone = blankToNull(change.getPhone());
    language = blankToNull(change.getLanguage());
    timeZone = blankToNull(change.getTimeZone());
  }

  /** The person picks the portal's language with the switcher: the same choice as on My profile. */
  void speak(String language) {
    this.language = language;
  }

  /** A new password (changed on My profile, or set through a reset link), already hashed. */
  void changePassword(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  /** R-ROLE-4: an admin moves the person to another location of the organization. */
  void moveTo(UUID locationId) {
    this.locationId = locationId;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  void appoint(Role role) {
    this.role = role;
  }

  public boolean awaitsProfile() {
    return status == IndividualStatus.AWAITING_PROFILE || status == IndividualStatus.INVITED;
  }

  public boolean isAssociated() {
    return status == IndividualStatus.ASSOCIATED;
  }

  static String normalize(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  public String fullName() {
    return (firstName + " " + lastName).trim();
  }

  public UUID getId() {
    return id;
  }

  public UUID getOrganizationId() {
    return organizationId;
  }

  public UUID getLocationId() {
    return locationId;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getEmail() {
    return email;
  }

  public IndividualStatus getStatus() {
    return status;
  }

  public InviteMethod getInviteMethod() {
    return inviteMethod;
  }

  public Instant getInvitedAt() {
    return invitedAt;
  }

  public Role getRole() {
    return role;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Instant getProfileCompletedAt() {
    return profileCompletedAt;
  }

  public String getPhone() {
    return phone;
  }

  public String getLanguage() {
    return language;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public Instant getInvitationSentAt() {
    return invitationSentAt;
  }
}
